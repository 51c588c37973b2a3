package org.guwah.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.geo.Countries;
import org.guwah.core.ids.Ids;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.Problems;
import org.guwah.core.validation.ValidationException;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.store.cases.internal.Column;
import org.guwah.store.cases.internal.Envelope;
import org.guwah.store.cases.internal.Filter;
import org.guwah.store.cases.internal.RecordMapping;
import org.guwah.store.cases.internal.RowReader;
import org.guwah.store.cases.internal.SqlType;
import org.guwah.store.crypto.BlindIndex;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * Create, read, update and list one kind of record. Coded fields are written to clear columns; the
 * identity part is sealed in an encrypted envelope bound to the row; blind-index tokens are computed
 * where the kind has them. Every write validates the records it refers to (they must exist) and
 * that event dates are not in the future, and records consent changes in {@code consent_event}.
 *
 * <p>Methods without a {@link Handle} run in their own transaction; those with one join the
 * caller's. Thread-safe. Nothing here logs record content.
 */
public final class RecordStore<T, S> {
  private final Jdbi jdbi;
  private final RecordMapping<T, S> mapping;
  private final Envelope envelope;
  private final BlindIndex blindIndex;
  private final ObjectMapper json;
  private final Clock clock;
  private final Ids ids;
  private final Map<String, Filter> filters;
  private final String insertSql;
  private final String updateSql;

  RecordStore(Jdbi jdbi, RecordMapping<T, S> mapping, Envelope envelope, BlindIndex blindIndex, ObjectMapper json,
      Clock clock, Ids ids) {
    this.jdbi = jdbi;
    this.mapping = mapping;
    this.envelope = envelope;
    this.blindIndex = blindIndex;
    this.json = json;
    this.clock = clock;
    this.ids = ids;
    this.filters = mapping.filters().stream()
        .collect(Collectors.toMap(Filter::param, f -> f, (a, b) -> a, LinkedHashMap::new));
    List<String> names = new ArrayList<>(List.of("id", "version", "created_at", "updated_at"));
    List<String> marks = new ArrayList<>(List.of("?", "?", "?", "?"));
    List<String> sets = new ArrayList<>();
    for (Column<T> c : mapping.columns()) {
      names.add(c.name());
      marks.add(placeholder(c));
      sets.add(c.name() + " = " + placeholder(c));
    }
    if (mapping.hasTokens()) {
      names.add("tokens");
      marks.add("?");
      sets.add("tokens = ?");
    }
    names.add("identity");
    marks.add("?");
    sets.add("identity = ?");
    this.insertSql = "insert into " + mapping.table() + " (" + String.join(", ", names) + ") values ("
        + String.join(", ", marks) + ")";
    this.updateSql = "update " + mapping.table() + " set version = ?, updated_at = ?, " + String.join(", ", sets)
        + " where id = ? and version = ?";
  }

  private static String placeholder(Column<?> c) {
    return c.type().placeholder();
  }

  /** The kind of record, e.g. {@code person}. */
  public String kind() {
    return mapping.kind();
  }

  /** The list filters this kind accepts: parameter name to description. */
  public Map<String, String> filterDescriptions() {
    Map<String, String> out = new LinkedHashMap<>();
    filters.values().forEach(f -> out.put(f.param(), f.description()));
    return out;
  }

  /** The kind of value a filter takes: {@code text}, {@code int}, {@code bool} or {@code uuid}. */
  public String filterValueType(String param) {
    Filter f = filters.get(param);
    if (f == null) {
      throw new IllegalArgumentException("no filter " + param);
    }
    switch (f.type()) {
      case INT:
        return "int";
      case BOOL:
        return "bool";
      case UUID:
        return "uuid";
      default:
        return "text";
    }
  }

  /** The vocabulary of a filter's values, or "country", or empty for free values. */
  public Optional<String> filterVocabulary(String param) {
    Filter f = filters.get(param);
    return f == null ? Optional.empty() : Optional.ofNullable(f.vocabulary());
  }

  /**
   * Stores a new record (with its own id if it has one, else a new one) at version 1.
   *
   * @throws ValidationException if a referenced record is missing or a date lies in the future
   * @throws DuplicateIdException if the record's own id is taken
   */
  public T create(T record) {
    return jdbi.inTransaction(h -> create(h, record));
  }

  public T create(Handle h, T record) {
    return createAll(h, List.of(record)).get(0);
  }

  /** Stores many new records in the caller's transaction, in JDBC batches. */
  public List<T> createAll(Handle h, List<T> records) {
    return createAll(h, records, Set.of());
  }

  /**
   * Stores many new records in the caller's transaction, in JDBC batches, without checking their
   * references into {@code deferredTables} (the caller checks them with {@link #problems} once the
   * other side is written).
   */
  public List<T> createAll(Handle h, List<T> records, Set<String> deferredTables) {
    Instant now = clock.instant();
    List<T> stored = new ArrayList<>(records.size());
    checkAll(h, records, deferredTables);
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(insertSql)) {
      int pending = 0;
      for (T r : records) {
        UUID id = mapping.id(r);
        T s = mapping.stored(r, id == null ? ids.next() : id, 1);
        bindRow(c, ps, s, now, true);
        ps.addBatch();
        stored.add(s);
        if (++pending == 1000) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw translate(e, records.size() == 1 ? mapping.id(records.get(0)) : null);
    }
    for (T s : stored) {
      recordConsent(h, s, null, now);
    }
    return stored;
  }

  private RuntimeException translate(SQLException e, @Nullable UUID id) {
    SQLException cause = e.getNextException() != null ? e.getNextException() : e;
    if ("23505".equals(cause.getSQLState()) || "23505".equals(e.getSQLState())) {
      return id != null ? new DuplicateIdException(mapping.kind(), id)
          : new DuplicateIdException(mapping.kind(), new UUID(0, 0));
    }
    return new StoreException("could not write " + mapping.kind() + " records (SQL state " + cause.getSQLState() + ")", e);
  }

  private int bindRow(Connection c, PreparedStatement ps, T s, Instant now, boolean insert) throws SQLException {
    UUID id = requireId(s);
    int i = 1;
    if (insert) {
      ps.setObject(i++, id);
      ps.setLong(i++, mapping.version(s));
      ps.setTimestamp(i++, Timestamp.from(now));
      ps.setTimestamp(i++, Timestamp.from(now));
    } else {
      ps.setLong(i++, mapping.version(s));
      ps.setTimestamp(i++, Timestamp.from(now));
    }
    for (Column<T> col : mapping.columns()) {
      RowReader.bind(col.type(), c, ps, i++, col.value().apply(s));
    }
    if (mapping.hasTokens()) {
      ps.setArray(i++, c.createArrayOf("bytea", mapping.tokens(s, blindIndex).toArray(new byte[0][])));
    }
    ps.setBytes(i++, envelope.seal(mapping.kind(), id, mapping.secrets(s)));
    return i;
  }

  private UUID requireId(T s) {
    UUID id = mapping.id(s);
    if (id == null) {
      throw new IllegalStateException("stored record without id");
    }
    return id;
  }

  /**
   * Replaces record {@code id} with {@code record}, whose version must be the stored one; returns it
   * at the next version.
   *
   * @throws RecordNotFoundException if there is no such record
   * @throws VersionConflictException if the record changed since the caller read it
   */
  public T update(UUID id, T record) {
    return jdbi.inTransaction(h -> update(h, id, record));
  }

  public T update(Handle h, UUID id, T record) {
    UUID bodyId = mapping.id(record);
    if (bodyId != null && !bodyId.equals(id)) {
      throw ValidationException.of("id", "does not match the id in the path");
    }
    long sent = mapping.version(record);
    Consent before = currentConsent(h, id, sent);
    checkAll(h, List.of(record), Set.of());
    T s = mapping.stored(record, id, sent + 1);
    Instant now = clock.instant();
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(updateSql)) {
      int i = bindRow(c, ps, s, now, false);
      ps.setObject(i++, id);
      ps.setLong(i, sent);
      if (ps.executeUpdate() != 1) {
        throw new StoreException("concurrent update of " + mapping.kind() + " " + id, null);
      }
    } catch (SQLException e) {
      throw translate(e, id);
    }
    recordConsent(h, s, before, now);
    return s;
  }

  /** Locks the row, checks its version and returns its consent (null if the kind has none). */
  private @Nullable Consent currentConsent(Handle h, UUID id, long sentVersion) {
    boolean hasConsent = mapping.columns().stream().anyMatch(col -> col.name().equals("consent"));
    String sql = "select version" + (hasConsent ? ", consent::text as consent" : "") + " from " + mapping.table()
        + " where id = ? for update";
    try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new RecordNotFoundException(mapping.kind(), id);
        }
        long current = rs.getLong(1);
        if (current != sentVersion) {
          throw new VersionConflictException(mapping.kind(), id, sentVersion, current);
        }
        return hasConsent ? json.readValue(rs.getString(2), Consent.class) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("could not read " + mapping.kind() + " " + id, e);
    }
  }

  private void recordConsent(Handle h, T s, @Nullable Consent before, Instant now) {
    Consent after = mapping.consent(s);
    if (after == null) {
      return;
    }
    Map<String, ConsentEntry> old = before == null ? Map.of() : before.purposes();
    Set<String> purposes = new HashSet<>(old.keySet());
    purposes.addAll(after.purposes().keySet());
    for (String purpose : purposes) {
      ConsentEntry was = old.get(purpose);
      ConsentEntry is = after.purposes().get(purpose);
      if (java.util.Objects.equals(was, is)) {
        continue;
      }
      h.createUpdate("insert into consent_event (subject_kind, subject_id, purpose, status, recorded_on, method,"
              + " withdrawn_on, changed_at) values (:k, :id, :p, :s, :r, :m, :w, :t)")
          .bind("k", mapping.kind())
          .bind("id", requireId(s))
          .bind("p", purpose)
          .bind("s", is == null ? null : is.status().name())
          .bind("r", is == null ? null : is.recordedOn())
          .bind("m", is == null ? null : is.method())
          .bind("w", is == null ? null : is.withdrawnOn())
          .bind("t", now)
          .execute();
    }
  }

  /** Checks references and dates of a batch; throws for the first bad record, its path indexed. */
  private void checkAll(Handle h, List<T> records, Set<String> deferredTables) {
    Map<Integer, ValidationException> problems = problems(h, records, deferredTables);
    if (!problems.isEmpty()) {
      var first = problems.entrySet().iterator().next();
      throw records.size() > 1 ? first.getValue().under("[" + first.getKey() + "]") : first.getValue();
    }
  }

  /**
   * The records of {@code records} (by index) whose references do not resolve or whose event dates
   * lie in the future, with one query per referenced table. References into {@code deferredTables}
   * are not checked (for files whose records refer to each other in a circle).
   */
  public Map<Integer, ValidationException> problems(Handle h, List<T> records, Set<String> deferredTables) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    Map<String, Set<UUID>> wanted = new HashMap<>();
    for (T r : records) {
      for (RecordMapping.Reference ref : mapping.references(r)) {
        if (!deferredTables.contains(ref.table())) {
          wanted.computeIfAbsent(ref.table(), t -> new HashSet<>()).add(ref.id());
        }
      }
    }
    Map<String, Set<UUID>> found = new HashMap<>();
    for (var e : wanted.entrySet()) {
      Set<UUID> present = new HashSet<>(h.createQuery("select id from " + e.getKey() + " where id = any(:ids)")
          .bindArray("ids", UUID.class, e.getValue())
          .mapTo(UUID.class)
          .list());
      found.put(e.getKey(), present);
    }
    Map<Integer, ValidationException> out = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      T r = records.get(i);
      Problems p = new Problems();
      for (RecordMapping.Reference ref : mapping.references(r)) {
        if (!deferredTables.contains(ref.table()) && !found.get(ref.table()).contains(ref.id())) {
          p.add(ref.field(), "refers to no stored " + ref.table());
        }
      }
      for (var d : mapping.pastDates(r).entrySet()) {
        FuzzyDate date = d.getValue();
        if (date != null && date.isAfter(today)) {
          p.add(d.getKey(), "is in the future");
        }
      }
      try {
        p.throwIfAny();
      } catch (ValidationException e) {
        out.put(i, e);
      }
    }
    return out;
  }

  /** The record with this id, decrypted, if it exists. */
  public Optional<T> get(UUID id) {
    return jdbi.withHandle(h -> get(h, id));
  }

  public Optional<T> get(Handle h, UUID id) {
    List<T> rows = query(h, "select * from " + mapping.table() + " where id = ?", List.of(id), List.of(SqlType.UUID));
    return rows.stream().findFirst();
  }

  /**
   * One page of records matching the query's filters, in id order.
   *
   * @throws ValidationException naming each unknown filter or malformed filter value
   */
  public Slice<T> list(ListQuery q) {
    return jdbi.withHandle(h -> list(h, q));
  }

  public Slice<T> list(Handle h, ListQuery q) {
    StringBuilder sql = new StringBuilder("select * from ").append(mapping.table()).append(" where true");
    List<Object> values = new ArrayList<>();
    List<SqlType> types = new ArrayList<>();
    Problems p = new Problems();
    for (var e : q.filters().entrySet()) {
      Filter f = filters.get(e.getKey());
      if (f == null) {
        p.add(e.getKey(), "is not a filter for " + mapping.kind() + " records");
        continue;
      }
      Object v = parseFilterValue(f, e.getValue(), p);
      if (v == null) {
        continue;
      }
      sql.append(" and (").append(f.condition()).append(')');
      for (int i = 0; i < f.binds(); i++) {
        values.add(v);
        types.add(f.type());
      }
    }
    p.throwIfAny();
    if (q.after() != null) {
      sql.append(" and id > ?");
      values.add(q.after());
      types.add(SqlType.UUID);
    }
    sql.append(" order by id limit ").append(q.limit() + 1);
    List<T> rows = query(h, sql.toString(), values, types);
    if (rows.size() > q.limit()) {
      List<T> page = rows.subList(0, q.limit());
      return new Slice<>(page, mapping.id(page.get(page.size() - 1)));
    }
    return new Slice<>(rows, null);
  }

  private static @Nullable Object parseFilterValue(Filter f, String raw, Problems p) {
    switch (f.type()) {
      case INT:
        try {
          return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
          p.add(f.param(), "must be a whole number");
          return null;
        }
      case UUID:
        try {
          return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
          p.add(f.param(), "must be a record id (UUID)");
          return null;
        }
      case BOOL:
        if (raw.equals("true") || raw.equals("false")) {
          return Boolean.parseBoolean(raw);
        }
        p.add(f.param(), "must be true or false");
        return null;
      default:
        String vocabulary = f.vocabulary();
        if ("country".equals(vocabulary)) {
          if (!Countries.isKnown(raw)) {
            p.add(f.param(), "is not an ISO 3166-1 alpha-2 country code");
            return null;
          }
        } else if (vocabulary != null && !Vocabularies.standard().vocabulary(vocabulary).contains(raw)) {
          p.add(f.param(), "is not a known " + vocabulary + " code");
          return null;
        } else if (raw.length() > 300) {
          p.add(f.param(), "is too long");
          return null;
        }
        return raw;
    }
  }

  /** Records whose blind-index tokens contain {@code token} (kinds with tokens only). */
  public List<T> findByToken(Handle h, byte[] token, int limit) {
    if (!mapping.hasTokens()) {
      throw new UnsupportedOperationException(mapping.kind() + " records have no blind index");
    }
    return query(h, "select * from " + mapping.table() + " where tokens @> array[?]::bytea[] order by id limit " + limit,
        List.of(token), List.of(SqlType.BYTEA));
  }

  /** Counts the records (for progress and tests; coded, no decryption). */
  public long count(Handle h) {
    return h.createQuery("select count(*) from " + mapping.table()).mapTo(Long.class).one();
  }

  private List<T> query(Handle h, String sql, List<Object> values, List<SqlType> types) {
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        RowReader.bind(types.get(i), c, ps, i + 1, values.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(RowReader.read(mapping, rs, envelope));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not read " + mapping.kind() + " records (SQL state " + e.getSQLState() + ")", e);
    }
  }
}
