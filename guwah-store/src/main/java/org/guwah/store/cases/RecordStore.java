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
import org.guwah.store.cases.internal.DataGeneration;
import org.guwah.store.cases.internal.Envelope;
import org.guwah.store.cases.internal.Filter;
import org.guwah.store.cases.internal.OpenedRecords;
import org.guwah.store.cases.internal.PageMemory;
import org.guwah.store.cases.internal.RecordMapping;
import org.guwah.store.cases.internal.RowReader;
import org.guwah.store.cases.internal.SqlText;
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
 * <p>Reads take a {@link Reading}: which rows are returned and which of those are shown in full
 * (identity decrypted) rather than coded (clear columns only, nothing decrypted); both are SQL
 * conditions on the current rows, so consent applies at every read (ADR 0008). Methods without a
 * reading read {@link Reading#everything()}: every row, in full (command line, imports, exports).
 * Writes record the writing account ({@code actor}, null for none) as creator; an update never
 * changes the creator and records the actor as last writer.
 *
 * <p>Methods without a {@link Handle} run in their own transaction; those with one join the
 * caller's. Thread-safe. Nothing here logs record content. Records read in full are remembered for a
 * short while in an {@link OpenedRecords} memory (valid only for the exact stored write), so
 * re-reading an unchanged row skips decryption; that memory is consulted only for rows a read's own
 * SQL returned as full, so it can never show a row the reading hides, nor identity data in a coded
 * row.
 *
 * <p>While the case store's {@link ChangeWatch} receives the database's change notices, a page of
 * {@link #list(ListQuery, Reading)} is also remembered for at most {@link #PAGE_LIFETIME}, keyed by
 * the reading and the query, and answered again only until the case data changes: every write
 * through this store drops the remembered pages (before it runs and again once it commits), and so
 * does every change notice (migration V10: any statement on the case tables or the partner shares,
 * by any process). Which rows a reading shows and which in full is therefore always what the SQL
 * answered on data no older than the last change this process has been told of. The tables a
 * {@link Rows} condition reads must all carry V10's trigger.
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
  private final String selectColumns;
  private final OpenedRecords<T> opened;
  /** Coded records already built, keyed by the writing transaction instead of a ciphertext. */
  private final OpenedRecords<T> coded;

  /** Pages of {@link #list(ListQuery, Reading)}, valid for one data generation. */
  private final PageMemory<Slice<Shown<T>>> pages;
  private final DataGeneration generation;

  /** How long a remembered list page is answered at most (also while the data does not change). */
  public static final java.time.Duration PAGE_LIFETIME = java.time.Duration.ofSeconds(5);
  /** How many list pages of one kind are remembered at most. */
  public static final int PAGE_CAPACITY = 256;

  /** What a remembered page depends on besides the stored data. */
  private record PageKey(ListQuery query, Reading reading) {}

  /** The alias of the record's table in reads (conditions of {@link Rows} qualify with it). */
  static final String ALIAS = "rec";

  RecordStore(Jdbi jdbi, RecordMapping<T, S> mapping, Envelope envelope, BlindIndex blindIndex, ObjectMapper json,
      Clock clock, Ids ids, OpenedRecords<T> opened, DataGeneration generation) {
    this.jdbi = jdbi;
    this.generation = generation;
    this.pages = new PageMemory<>(generation, opened.capacity() == 0 ? 0 : PAGE_CAPACITY, PAGE_LIFETIME, clock);
    this.opened = opened;
    this.coded = opened.emptyLike();
    this.mapping = mapping;
    this.envelope = envelope;
    this.blindIndex = blindIndex;
    this.json = json;
    this.clock = clock;
    this.ids = ids;
    this.filters = mapping.filters().stream()
        .collect(Collectors.toMap(Filter::param, f -> f, (a, b) -> a, LinkedHashMap::new));
    List<String> names = new ArrayList<>(List.of("id", "version", "created_at", "updated_at", "created_by",
        "updated_by"));
    List<String> marks = new ArrayList<>(List.of("?", "?", "?", "?", "?", "?"));
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
    this.updateSql = "update " + mapping.table() + " set version = ?, updated_at = ?, updated_by = ?, "
        + String.join(", ", sets) + " where id = ? and version = ?";
    List<String> read = new ArrayList<>(List.of("id", "version", "created_at", "updated_at", "created_by",
        "updated_by"));
    mapping.columns().forEach(col -> read.add(col.name()));
    this.selectColumns = read.stream().map(n -> ALIAS + "." + n).collect(Collectors.joining(", "));
  }

  private static String placeholder(Column<?> c) {
    return c.type().placeholder();
  }

  /** The id of a record of this kind (null for one not yet stored without an id of its own). */
  public @Nullable UUID idOf(T record) {
    return mapping.id(record);
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
    return create(record, null);
  }

  /**
   * Stores a new record written by {@code actor} (the account recorded as its creator; null when
   * written without an account, e.g. by an import).
   *
   * @throws ValidationException if a referenced record is missing or a date lies in the future
   * @throws DuplicateIdException if the record's own id is taken
   */
  public T create(T record, @Nullable UUID actor) {
    return jdbi.inTransaction(h -> create(h, record, actor));
  }

  public T create(Handle h, T record) {
    return create(h, record, null);
  }

  /** {@link #create(Object, UUID)} in the caller's transaction. */
  public T create(Handle h, T record, @Nullable UUID actor) {
    return createAll(h, List.of(record), Set.of(), actor).get(0);
  }

  /** Stores many new records in the caller's transaction, in JDBC batches, with no creator. */
  public List<T> createAll(Handle h, List<T> records) {
    return createAll(h, records, Set.of(), null);
  }

  /**
   * Stores many new records in the caller's transaction, in JDBC batches, created by {@code actor}
   * (null: no account).
   */
  public List<T> createAll(Handle h, List<T> records, @Nullable UUID actor) {
    return createAll(h, records, Set.of(), actor);
  }

  /**
   * Stores many new records in the caller's transaction, in JDBC batches, without checking their
   * references into {@code deferredTables} (the caller checks them with {@link #problems} once the
   * other side is written).
   */
  public List<T> createAll(Handle h, List<T> records, Set<String> deferredTables) {
    return createAll(h, records, deferredTables, null);
  }

  /**
   * {@link #createAll(Handle, List, Set)}, recording {@code actor} (null: no account) as the
   * creator of every record.
   */
  public List<T> createAll(Handle h, List<T> records, Set<String> deferredTables, @Nullable UUID actor) {
    Instant now = clock.instant();
    List<T> stored = new ArrayList<>(records.size());
    checkAll(h, records, deferredTables);
    changing(h);
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(insertSql)) {
      int pending = 0;
      for (T r : records) {
        UUID id = mapping.id(r);
        T s = mapping.stored(r, id == null ? ids.next() : id, 1);
        bindRow(c, ps, s, now, true, actor);
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

  private int bindRow(Connection c, PreparedStatement ps, T s, Instant now, boolean insert, @Nullable UUID actor)
      throws SQLException {
    UUID id = requireId(s);
    int i = 1;
    if (insert) {
      ps.setObject(i++, id);
      ps.setLong(i++, mapping.version(s));
      ps.setTimestamp(i++, Timestamp.from(now));
      ps.setTimestamp(i++, Timestamp.from(now));
      RowReader.bind(SqlType.UUID, c, ps, i++, actor);
      RowReader.bind(SqlType.UUID, c, ps, i++, actor);
    } else {
      ps.setLong(i++, mapping.version(s));
      ps.setTimestamp(i++, Timestamp.from(now));
      RowReader.bind(SqlType.UUID, c, ps, i++, actor);
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
    return update(id, record, null);
  }

  /**
   * {@link #update(UUID, Object)} written by {@code actor} (recorded as the last writer; null when
   * written without an account). The record's creator never changes.
   */
  public T update(UUID id, T record, @Nullable UUID actor) {
    return jdbi.inTransaction(h -> update(h, id, record, actor));
  }

  public T update(Handle h, UUID id, T record) {
    return update(h, id, record, null);
  }

  /** {@link #update(UUID, Object, UUID)} in the caller's transaction. */
  public T update(Handle h, UUID id, T record, @Nullable UUID actor) {
    UUID bodyId = mapping.id(record);
    if (bodyId != null && !bodyId.equals(id)) {
      throw ValidationException.of("id", "does not match the id in the path");
    }
    long sent = mapping.version(record);
    changing(h);
    Consent before = currentConsent(h, id, sent);
    checkAll(h, List.of(record), Set.of());
    T s = mapping.stored(record, id, sent + 1);
    Instant now = clock.instant();
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(updateSql)) {
      int i = bindRow(c, ps, s, now, false, actor);
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

  /**
   * The case data is about to change on {@code h}: remembered pages are dropped now and, if {@code h}
   * is in a transaction, again once it commits (a page read meanwhile still shows the old rows).
   */
  void changing(Handle h) {
    changed(generation, h);
  }

  static void changed(DataGeneration generation, Handle h) {
    generation.changed();
    if (h.isInTransaction()) {
      h.afterCommit(generation::changed);
    }
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

  /** The record with this id, decrypted, if it exists ({@link Reading#everything()}). */
  public Optional<T> get(UUID id) {
    return jdbi.withHandle(h -> get(h, id));
  }

  public Optional<T> get(Handle h, UUID id) {
    return get(h, id, Reading.everything()).map(Shown::record);
  }

  /**
   * The record with this id as {@code reading} shows it (full or coded), or empty if there is no
   * such record or the reading does not show it. The two cases are not told apart.
   */
  public Optional<Shown<T>> get(UUID id, Reading reading) {
    return jdbi.withHandle(h -> get(h, id, reading));
  }

  public Optional<Shown<T>> get(Handle h, UUID id, Reading reading) {
    SqlText sql = select(reading).append(" and " + ALIAS + ".id = ").bind(SqlType.UUID, id);
    return query(h, sql).stream().findFirst();
  }

  /**
   * One page of records matching the query's filters, in id order ({@link Reading#everything()}).
   *
   * @throws ValidationException naming each unknown filter or malformed filter value
   */
  public Slice<T> list(ListQuery q) {
    return jdbi.withHandle(h -> list(h, q));
  }

  public Slice<T> list(Handle h, ListQuery q) {
    Slice<Shown<T>> shown = list(h, q, Reading.everything());
    return new Slice<>(shown.items().stream().map(Shown::record).toList(), shown.after());
  }

  /**
   * One page of the records {@code reading} shows that match the query's filters, in id order, each
   * marked full or coded. Visibility, filters and the cursor are one SQL condition, so every page but
   * the last holds {@code limit} records and {@code after} continues exactly after the last one.
   *
   * @throws ValidationException naming each unknown filter or malformed filter value
   */
  public Slice<Shown<T>> list(ListQuery q, Reading reading) {
    long ticket = pages.ticket();
    PageKey key = new PageKey(q, reading);
    Slice<Shown<T>> known = pages.find(ticket, key);
    if (known != null) {
      return known;
    }
    Slice<Shown<T>> slice = jdbi.withHandle(h -> list(h, q, reading));
    pages.remember(ticket, key, slice);
    return slice;
  }

  public Slice<Shown<T>> list(Handle h, ListQuery q, Reading reading) {
    Problems p = new Problems();
    Map<Filter, Object> conditions = new java.util.LinkedHashMap<>();
    for (var e : q.filters().entrySet()) {
      Filter f = filters.get(e.getKey());
      if (f == null) {
        p.add(e.getKey(), "is not a filter for " + mapping.kind() + " records");
        continue;
      }
      Object v = parseFilterValue(f, e.getValue(), p);
      if (v != null) {
        conditions.put(f, v);
      }
    }
    p.throwIfAny();
    return listWhere(h, reading, sql -> conditions.forEach((f, v) ->
        sql.append(" and (").condition(f.condition(), f.type(), v).append(")")), q.limit(), q.after());
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

  /**
   * Records whose blind-index tokens contain {@code token} (kinds with tokens only), in full
   * ({@link Reading#everything()}).
   */
  public List<T> findByToken(Handle h, byte[] token, int limit) {
    return findByToken(h, token, limit, Reading.everything()).stream().map(Shown::record).toList();
  }

  /**
   * Records whose blind-index tokens contain {@code token}, among those {@code reading} shows <em>in
   * full</em>: an equality look-up on identity values is itself an identity read, so a record the
   * reading shows only coded is never matched (a coded match would tie a name to the record).
   *
   * @throws UnsupportedOperationException if the kind has no blind index
   */
  public List<Shown<T>> findByToken(Handle h, byte[] token, int limit, Reading reading) {
    if (!mapping.hasTokens()) {
      throw new UnsupportedOperationException(mapping.kind() + " records have no blind index");
    }
    if (limit < 1) {
      return List.of();
    }
    SqlText sql = select(reading).append(" and ");
    reading.full().appendTo(sql, mapping, ALIAS);
    sql.append(" and " + ALIAS + ".tokens @> array[").bind(SqlType.BYTEA, token).append("]::bytea[]")
        .append(" order by " + ALIAS + ".id limit " + limit);
    return query(h, sql);
  }

  /** The mapping (for queries across kinds in this package). */
  RecordMapping<T, S> mapping() {
    return mapping;
  }

  /**
   * Up to {@code limit} records visible under {@code reading} after {@code after} (id order) that
   * also satisfy the conditions {@code where} appends (each starting with {@code " and "}, the row
   * alias being {@value #ALIAS}). For queries across kinds in this package.
   */
  Slice<Shown<T>> listWhere(Handle h, Reading reading, java.util.function.Consumer<SqlText> where, int limit,
      @Nullable UUID after) {
    SqlText sql = select(reading);
    where.accept(sql);
    if (after != null) {
      sql.append(" and " + ALIAS + ".id > ").bind(SqlType.UUID, after);
    }
    sql.append(" order by " + ALIAS + ".id limit " + (limit + 1));
    List<Shown<T>> rows = query(h, sql);
    if (rows.size() > limit) {
      List<Shown<T>> page = rows.subList(0, limit);
      return new Slice<>(page, page.get(page.size() - 1).id());
    }
    return new Slice<>(rows, null);
  }

  /** Counts the records (for progress and tests; coded, no decryption). */
  public long count(Handle h) {
    return h.createQuery("select count(*) from " + mapping.table()).mapTo(Long.class).one();
  }

  /**
   * The start of a read under {@code reading}: the clear columns, whether the row is shown in full,
   * the identity ciphertext for full rows only (null for coded ones, so it is never even fetched),
   * and a WHERE clause holding the visibility condition, ready for {@code " and ..."}.
   */
  private SqlText select(Reading reading) {
    SqlText sql = new SqlText().append("select " + selectColumns + ", reading.shown as guwah_full, "
        + ALIAS + ".xmin::text::bigint as guwah_xmin,"
        + " case when reading.shown then " + ALIAS + ".identity end as identity from " + mapping.table() + " "
        + ALIAS + " cross join lateral (select ");
    reading.full().appendTo(sql, mapping, ALIAS);
    sql.append(" as shown) reading where ");
    reading.visible().appendTo(sql, mapping, ALIAS);
    return sql;
  }

  /**
   * Runs a read built by {@link #select}: full rows are opened (or answered from {@link
   * OpenedRecords}, which is consulted only for rows this very statement returned as full); coded
   * rows are built from clear columns, with no decryption and no look into that memory.
   */
  private List<Shown<T>> query(Handle h, SqlText sql) {
    Connection c = h.getConnection();
    try (PreparedStatement ps = sql.prepare(c)) {
      List<Shown<T>> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean full = rs.getBoolean("guwah_full");
          T record = full ? RowReader.read(mapping, rs, envelope, opened) : RowReader.readCoded(mapping, rs, coded);
          out.add(new Shown<>(requireId(record), record, full));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not read " + mapping.kind() + " records (SQL state " + e.getSQLState() + ")", e);
    }
  }
}
