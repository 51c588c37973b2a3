package org.guwah.store.cases.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.crypto.BlindIndex;
import org.jspecify.annotations.Nullable;

/**
 * How one record type is kept in its table: clear coded columns, an encrypted identity envelope of
 * type {@code S}, optional blind-index tokens, list filters and the references to check.
 */
public interface RecordMapping<T, S> {
  /** Lower-case kind, e.g. {@code person}; part of the envelope's associated data. */
  String kind();

  String table();

  Class<S> secretsType();

  @Nullable UUID id(T record);

  long version(T record);

  /** The record as stored under {@code id} at {@code version}. */
  T stored(T record, UUID id, long version);

  /** Clear columns, in insert order (id, version, timestamps, tokens and identity excluded). */
  List<Column<T>> columns();

  /** The identity part, encrypted as one envelope. */
  S secrets(T record);

  /** Rebuilds a record from its row and decrypted envelope. */
  T read(Row row, UUID id, long version, S secrets) throws SQLException;

  /** The identity part of a record shown CODED: every identity field absent. */
  S emptySecrets();

  /**
   * Rebuilds a record from its clear columns only, without the envelope (a CODED read: nothing is
   * decrypted, and the row's identity column need not even be fetched). Must never be written back:
   * an update with it would erase the identity part.
   */
  default T readCoded(Row row, UUID id, long version) throws SQLException {
    return read(row, id, version, emptySecrets());
  }

  /**
   * SQL condition on the record's clear columns (unqualified names) with one {@code ?} for a
   * {@code consent_purpose} code: whether the row may be used for that purpose (ADR 0008; the
   * functions are defined by migration V4).
   */
  String usableCondition();

  /**
   * SQL condition on the record's clear columns, without parameters: whether the row is, refers
   * to, or reports on a protected third party.
   */
  String protectedCondition();

  /** Whether the table has a {@code tokens} column. */
  default boolean hasTokens() {
    return false;
  }

  /** Blind-index tokens of the record (only when {@link #hasTokens()}). */
  default List<byte[]> tokens(T record, BlindIndex index) {
    return List.of();
  }

  List<Filter> filters();

  /** Ids the record refers to, by field path, and the table each must exist in. */
  default List<Reference> references(T record) {
    return List.of();
  }

  /** Dates that cannot lie in the future, by field name. */
  default Map<String, @Nullable FuzzyDate> pastDates(T record) {
    return Map.of();
  }

  /** The record's consent, if it carries one (changes are recorded in {@code consent_event}). */
  default @Nullable Consent consent(T record) {
    return null;
  }

  /** A reference from field {@code field} to a row {@code id} of {@code table}. */
  record Reference(String field, String table, UUID id) {}
}
