package org.guwah.store.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code audit_event} row as read, tolerating anything an attacker could have stored: a part
 * that cannot be decoded is null, and then the row has no {@link #body()} (it cannot verify).
 * {@link #toString()} shows the seq only.
 */
public final class StoredRow {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final long seq;
  final @Nullable Instant at;
  final @Nullable String actor;
  final @Nullable String action;
  final @Nullable String kind;
  final @Nullable List<UUID> recordIds;
  final @Nullable String purpose;
  final @Nullable Map<String, Object> detail;
  final byte[] prevMac;
  final byte[] mac;

  StoredRow(
      long seq,
      @Nullable Instant at,
      @Nullable String actor,
      @Nullable String action,
      @Nullable String kind,
      @Nullable List<UUID> recordIds,
      @Nullable String purpose,
      @Nullable String detailJson,
      byte @Nullable [] prevMac,
      byte @Nullable [] mac) {
    this.seq = seq;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.kind = kind;
    this.recordIds = recordIds;
    this.purpose = purpose;
    this.detail = detailJson == null ? null : decodeDetail(detailJson);
    this.prevMac = prevMac == null ? new byte[0] : prevMac;
    this.mac = mac == null ? new byte[0] : mac;
  }

  /** Integers and strings of a JSON object, sorted; null if it is anything else. */
  static @Nullable Map<String, Object> decodeDetail(String json) {
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (RuntimeException e) {
      return null;
    }
    if (tree == null || !tree.isObject()) {
      return null;
    }
    TreeMap<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      JsonNode v = e.getValue();
      if (v.isIntegralNumber() && v.canConvertToLong()) {
        out.put(e.getKey(), v.longValue());
      } else if (v.isString()) {
        out.put(e.getKey(), v.stringValue());
      } else {
        return null;
      }
    }
    return out;
  }

  /** The stored seq. */
  public long seq() {
    return seq;
  }

  /** The body to MAC ({@link ChainMac#body}), or null if a part of the row cannot be decoded. */
  public byte @Nullable [] body() {
    if (at == null || actor == null || action == null || recordIds == null || detail == null) {
      return null;
    }
    long micros;
    try {
      micros = ChainMac.micros(at);
    } catch (ArithmeticException e) {
      return null;
    }
    return ChainMac.body(micros, actor, action, kind, recordIds, purpose, detail);
  }

  /** The row as a record for viewing; its entry is null unless every value passes the rules. */
  public AuditRecord record() {
    return new AuditRecord(seq, at, entry());
  }

  private @Nullable AuditEntry entry() {
    if (actor == null || action == null || recordIds == null || detail == null) {
      return null;
    }
    AuditAction parsed = AuditAction.fromCode(action).orElse(null);
    if (parsed == null) {
      return null;
    }
    try {
      return new AuditEntry(actor, parsed, kind, recordIds, purpose, detail);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "StoredRow[seq=" + seq + "]";
  }
}
