package org.guwah.store.audit.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.guwah.store.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/** The SQL on {@code audit_event} and {@code audit_head}. Statement parameters are never logged. */
public final class AuditTable {
  private static final String COLUMNS =
      "seq, at, actor, action, kind, record_ids, purpose, detail::text, prev_mac, mac";
  private static final String INSERT =
      "insert into audit_event (seq, at, actor, action, kind, record_ids, purpose, detail, prev_mac,"
          + " mac) values (?, ?, ?, ?, ?, cast(? as uuid[]), ?, cast(? as jsonb), ?, ?)";

  /** Rows fetched per round trip when streaming. */
  static final int FETCH_SIZE = 2000;

  private AuditTable() {}

  /** An entry ready to insert. */
  record Sealed(long seq, Instant at, AuditEntry entry, byte[] prevMac, byte[] mac) {}

  /**
   * Locks the head row until the transaction ends and returns it.
   *
   * @throws IllegalStateException if the head row is missing (it was deleted)
   */
  public static Head lockHead(Connection c) throws SQLException {
    Head head = readHead(c, true);
    if (head == null) {
      throw new IllegalStateException(
          "audit_head has no row: the audit tables were tampered with; run `guwah audit verify`");
    }
    return head;
  }

  /** The head row, or null if it is missing. */
  public static @Nullable Head readHead(Connection c, boolean forUpdate) throws SQLException {
    String sql = "select seq, mac from audit_head" + (forUpdate ? " for update" : "");
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      byte[] mac = rs.getBytes(2);
      return new Head(rs.getLong(1), mac == null ? new byte[0] : mac);
    }
  }

  static void insert(Connection c, List<Sealed> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (Sealed row : rows) {
        AuditEntry e = row.entry();
        ps.setLong(1, row.seq());
        ps.setObject(2, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
        ps.setString(3, e.actor());
        ps.setString(4, e.action().code());
        ps.setString(5, e.kind());
        ps.setString(6, uuidArray(e.recordIds()));
        ps.setString(7, e.purpose());
        ps.setString(8, detailJson(e.detail()));
        ps.setBytes(9, row.prevMac());
        ps.setBytes(10, row.mac());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * The PostgreSQL array literal of {@code ids} (a UUID's text needs no quoting), built directly:
   * the driver's generic array encoding escapes it character by character, a tenth of the cost of
   * a 50-record identity read.
   */
  static String uuidArray(List<UUID> ids) {
    StringBuilder b = new StringBuilder(2 + ids.size() * 37).append('{');
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(ids.get(i).toString());
    }
    return b.append('}').toString();
  }

  /** JSON of a validated detail map (keys and text values are codes: nothing to escape). */
  static String detailJson(Map<String, Object> detail) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Object> e : detail.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      if (v instanceof String) {
        json.append('"').append(v).append('"');
      } else {
        json.append(v);
      }
    }
    return json.append('}').toString();
  }

  static void updateHead(Connection c, Head head) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("update audit_head set seq = ?, mac = ?")) {
      ps.setLong(1, head.seq());
      ps.setBytes(2, head.mac());
      ps.executeUpdate();
    }
  }

  /**
   * Streams every row in seq order to {@code sink}; the connection must be in a transaction (so
   * that the driver uses a cursor and memory stays flat).
   */
  public static void stream(Connection c, Consumer<StoredRow> sink) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select " + COLUMNS + " from audit_event order by seq")) {
      ps.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(row(rs));
        }
      }
    }
  }

  /** Up to {@code limit} rows from seq {@code from} on, in seq order. */
  public static List<StoredRow> list(Connection c, long from, int limit) throws SQLException {
    return query(
        c, "select " + COLUMNS + " from audit_event where seq >= ? order by seq limit ?", from, limit);
  }

  /** The last {@code n} rows, in seq order. */
  public static List<StoredRow> tail(Connection c, int n) throws SQLException {
    List<StoredRow> rows =
        query(c, "select " + COLUMNS + " from audit_event order by seq desc limit ?", n);
    Collections.reverse(rows);
    return rows;
  }

  /** The last {@code n} writes (create, update, delete, consent change, import, link review) naming {@code record}, newest first. */
  public static List<StoredRow> writesOf(Connection c, java.util.UUID record, int n) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_event where record_ids @> ?"
        + " and action in ('create', 'update', 'delete', 'consent_change', 'import', 'link_review') order by seq desc"
        + " limit ?")) {
      ps.setArray(1, c.createArrayOf("uuid", new Object[] {record}));
      ps.setInt(2, n);
      try (ResultSet rs = ps.executeQuery()) {
        List<StoredRow> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(row(rs));
        }
        return rows;
      }
    }
  }

  private static List<StoredRow> query(Connection c, String sql, long... parameters)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setLong(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<StoredRow> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(row(rs));
        }
        return rows;
      }
    }
  }

  private static StoredRow row(ResultSet rs) throws SQLException {
    return new StoredRow(
        rs.getLong(1),
        instant(rs),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        uuids(rs.getArray(6)),
        rs.getString(7),
        rs.getString(8),
        rs.getBytes(9),
        rs.getBytes(10));
  }

  private static @Nullable Instant instant(ResultSet rs) throws SQLException {
    try {
      OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
      return at == null ? null : at.toInstant();
    } catch (SQLException | RuntimeException e) {
      if (e instanceof SQLException && isConnectionProblem((SQLException) e)) {
        throw (SQLException) e;
      }
      return null;
    }
  }

  private static boolean isConnectionProblem(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("08");
  }

  private static @Nullable List<UUID> uuids(@Nullable Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    List<UUID> ids = new ArrayList<>(values.length);
    for (Object v : values) {
      if (!(v instanceof UUID)) {
        return null;
      }
      ids.add((UUID) v);
    }
    return ids;
  }
}
