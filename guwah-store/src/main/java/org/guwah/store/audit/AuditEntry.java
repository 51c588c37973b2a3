package org.guwah.store.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited act: who ({@code actor}), what ({@code action}, optional record {@code kind} and the
 * {@code recordIds} it touched), for which stated {@code purpose}, with a small {@code detail} map
 * of counts and codes. The time and the sequence number are set by {@link AuditLog} when the entry
 * is appended.
 *
 * <p>No free text can enter: {@code actor}, {@code kind}, {@code purpose}, detail keys and detail
 * text values must be codes (1 to 64 characters of {@code A-Z a-z 0-9 _ . : -}, no run of 15
 * digits); detail numbers are integers of at most 14 digits. Anything else is refused with an
 * {@link InvalidAuditEntryException} whose message names the field but never the value. So names in
 * any script, contact handles with their punctuation, ID numbers and testimony text cannot be
 * audited by mistake.
 *
 * <p>Immutable; {@code recordIds} keeps its order, {@code detail} is sorted by key.
 *
 * @param actor {@link #SYSTEM}, {@link #CLI}, {@link #account(UUID)} or another code
 * @param action what was done
 * @param kind the record kind ({@code person}, {@code source}, ...) or null
 * @param recordIds ids of the records concerned, at most {@value #MAX_RECORD_IDS} (for bulk acts
 *     record a count in {@code detail} instead)
 * @param purpose the stated purpose code (e.g. a {@code consent_purpose} code) or null
 * @param detail at most {@value #MAX_DETAIL} entries; values are {@link Long} or code {@link
 *     String}s ({@link Integer}, {@link Short} and {@link Byte} are accepted and stored as Long)
 */
public record AuditEntry(
    String actor,
    AuditAction action,
    @Nullable String kind,
    List<UUID> recordIds,
    @Nullable String purpose,
    Map<String, Object> detail) {

  /** The actor of acts the system does on its own (migrations, scheduled jobs). */
  public static final String SYSTEM = "system";

  /** The actor of acts done through the command line by whoever holds the keys. */
  public static final String CLI = "cli";

  /** Most record ids one entry can name. */
  public static final int MAX_RECORD_IDS = 10_000;

  /** Most detail entries. */
  public static final int MAX_DETAIL = 32;

  /** Largest absolute value of a detail number (14 digits: no resident-ID number fits). */
  public static final long MAX_NUMBER = 99_999_999_999_999L;

  /**
   * Validates and copies.
   *
   * @throws InvalidAuditEntryException if a value breaks the rules above (message without value)
   * @throws NullPointerException if {@code actor}, {@code action}, {@code recordIds}, {@code
   *     detail} or an element of them is null
   */
  public AuditEntry {
    Objects.requireNonNull(action, "action");
    CodeRule.require("actor", Objects.requireNonNull(actor, "actor"));
    if (kind != null) {
      CodeRule.require("kind", kind);
    }
    if (purpose != null) {
      CodeRule.require("purpose", purpose);
    }
    Objects.requireNonNull(recordIds, "recordIds");
    if (recordIds.size() > MAX_RECORD_IDS) {
      throw new InvalidAuditEntryException(
          "recordIds has " + recordIds.size() + " ids, at most " + MAX_RECORD_IDS + " allowed;"
              + " record a count in detail instead");
    }
    for (UUID id : recordIds) {
      Objects.requireNonNull(id, "recordIds element");
    }
    recordIds = List.copyOf(recordIds);
    detail = checkedDetail(Objects.requireNonNull(detail, "detail"));
  }

  private static Map<String, Object> checkedDetail(Map<String, Object> detail) {
    if (detail.size() > MAX_DETAIL) {
      throw new InvalidAuditEntryException(
          "detail has " + detail.size() + " entries, at most " + MAX_DETAIL + " allowed");
    }
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<String, Object> e : detail.entrySet()) {
      String key = CodeRule.require("a detail key", Objects.requireNonNull(e.getKey(), "detail key"));
      sorted.put(key, checkedValue(Objects.requireNonNull(e.getValue(), "detail value")));
    }
    return Collections.unmodifiableSortedMap(sorted);
  }

  private static Object checkedValue(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      long number = ((Number) value).longValue();
      if (number > MAX_NUMBER || number < -MAX_NUMBER) {
        throw new InvalidAuditEntryException(
            "a detail number has more than 14 digits (detail holds counts and codes only)");
      }
      return number;
    }
    if (value instanceof String) {
      return CodeRule.require("a detail value", (String) value);
    }
    throw new InvalidAuditEntryException(
        "a detail value is a " + value.getClass().getSimpleName()
            + "; detail values must be integers or codes");
  }

  /** An entry by {@code actor} doing {@code action}, with no kind, records, purpose or detail. */
  public static AuditEntry of(String actor, AuditAction action) {
    return new AuditEntry(actor, action, null, List.of(), null, Map.of());
  }

  /** The actor code of an account: {@code account:<uuid>}. */
  public static String account(UUID accountId) {
    return "account:" + Objects.requireNonNull(accountId, "accountId");
  }

  /** A copy with record kind {@code kind} (a code, or null for none). */
  public AuditEntry withKind(@Nullable String kind) {
    return new AuditEntry(actor, action, kind, recordIds, purpose, detail);
  }

  /** A copy naming these records (replacing any named before). */
  public AuditEntry withRecords(Collection<UUID> ids) {
    return new AuditEntry(actor, action, kind, List.copyOf(ids), purpose, detail);
  }

  /** A copy that also names record {@code id}. */
  public AuditEntry withRecord(UUID id) {
    List<UUID> ids = new ArrayList<>(recordIds);
    ids.add(Objects.requireNonNull(id, "id"));
    return new AuditEntry(actor, action, kind, ids, purpose, detail);
  }

  /** A copy with the stated purpose {@code purpose} (a code, or null for none). */
  public AuditEntry withPurpose(@Nullable String purpose) {
    return new AuditEntry(actor, action, kind, recordIds, purpose, detail);
  }

  /** A copy with detail {@code key} set to the integer {@code value}. */
  public AuditEntry withDetail(String key, long value) {
    return withDetailValue(key, value);
  }

  /** A copy with detail {@code key} set to the code {@code value}. */
  public AuditEntry withDetail(String key, String value) {
    return withDetailValue(key, value);
  }

  private AuditEntry withDetailValue(String key, Object value) {
    Map<String, Object> copy = new TreeMap<>(detail);
    copy.put(Objects.requireNonNull(key, "key"), value);
    return new AuditEntry(actor, action, kind, recordIds, purpose, copy);
  }
}
