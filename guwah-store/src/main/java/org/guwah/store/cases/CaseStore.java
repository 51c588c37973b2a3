package org.guwah.store.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.detentions.Detention;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.store.cases.internal.DetentionMapping;
import org.guwah.store.cases.internal.Envelope;
import org.guwah.store.cases.internal.DataGeneration;
import org.guwah.store.cases.internal.OpenedRecords;
import org.guwah.store.cases.internal.IncidentMapping;
import org.guwah.store.cases.internal.PersonMapping;
import org.guwah.store.cases.internal.PersonTokens;
import org.guwah.store.cases.internal.RelationshipMapping;
import org.guwah.store.cases.internal.SourceMapping;
import org.guwah.store.crypto.BlindIndex;
import org.guwah.store.crypto.KeyRing;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case store: persons, sources, incidents, detention events and relationships on PostgreSQL,
 * with identity data sealed under the {@link KeyRing}'s field key. Reads are scoped by a {@link
 * Reading} (which rows, which in full; consent applies at every read, ADR 0008); records can be
 * shared read-only with partners ({@link #share}). Thread-safe.
 */
public final class CaseStore {
  private final Jdbi jdbi;
  private final Clock clock;
  private final BlindIndex blindIndex;
  private final RecordStore<Person, PersonMapping.Secrets> persons;
  private final RecordStore<Source, SourceMapping.Secrets> sources;
  private final RecordStore<Incident, IncidentMapping.Secrets> incidents;
  private final RecordStore<Detention, DetentionMapping.Secrets> detentions;
  private final RecordStore<Relationship, RelationshipMapping.Secrets> relationships;
  private final DataGeneration generation = new DataGeneration();

  private CaseStore(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids, int openedCapacity) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.blindIndex = keys.blindIndex();
    ObjectMapper json = JsonMapper.builder().build();
    Envelope envelope = new Envelope(keys.fieldCipher(), json);
    this.persons = new RecordStore<>(jdbi, new PersonMapping(json), envelope, blindIndex, json, clock, ids,
        opened(openedCapacity, clock), generation);
    this.sources = new RecordStore<>(jdbi, new SourceMapping(json), envelope, blindIndex, json, clock, ids,
        opened(openedCapacity, clock), generation);
    this.incidents = new RecordStore<>(jdbi, new IncidentMapping(), envelope, blindIndex, json, clock, ids,
        opened(openedCapacity, clock), generation);
    this.detentions = new RecordStore<>(jdbi, new DetentionMapping(), envelope, blindIndex, json, clock, ids,
        opened(openedCapacity, clock), generation);
    this.relationships = new RecordStore<>(jdbi, new RelationshipMapping(), envelope, blindIndex, json, clock, ids,
        opened(openedCapacity, clock), generation);
  }

  private static <T> OpenedRecords<T> opened(int capacity, Clock clock) {
    return new OpenedRecords<>(capacity, OPENED_LIFETIME, clock);
  }

  /** How many decrypted records of each kind {@link #create(Jdbi, KeyRing, Clock, Ids)} keeps in memory. */
  public static final int DEFAULT_OPENED_CAPACITY = 10_000;
  /** How long a decrypted record is kept in memory at most. */
  public static final Duration OPENED_LIFETIME = Duration.ofMinutes(10);

  /**
   * A case store on a migrated database, remembering up to {@link #DEFAULT_OPENED_CAPACITY} decrypted
   * records per kind for {@link #OPENED_LIFETIME} (see {@link OpenedRecords}).
   */
  public static CaseStore create(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids) {
    return new CaseStore(jdbi, keys, clock, ids, DEFAULT_OPENED_CAPACITY);
  }

  /**
   * A case store that remembers at most {@code openedCapacity} decrypted records per kind; 0 means
   * every read decrypts.
   */
  public static CaseStore create(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids, int openedCapacity) {
    return new CaseStore(jdbi, keys, clock, ids, openedCapacity);
  }

  /**
   * Starts listening for the database's case change notices (migration V10) on one pooled
   * connection: while at least one such watch listens, list pages are remembered briefly and dropped
   * on every change, by this process or any other (see {@link RecordStore}). Without one, every list
   * reads the database. The server starts one; close it to stop.
   */
  public ChangeWatch watchChanges() {
    return ChangeWatch.start(jdbi, generation);
  }

  /** The faceted case list (workspace). */
  public CaseFacets facets() {
    return new CaseFacets(this);
  }

  public RecordStore<Person, PersonMapping.Secrets> persons() {
    return persons;
  }

  public RecordStore<Source, SourceMapping.Secrets> sources() {
    return sources;
  }

  public RecordStore<Incident, IncidentMapping.Secrets> incidents() {
    return incidents;
  }

  public RecordStore<Detention, DetentionMapping.Secrets> detentions() {
    return detentions;
  }

  public RecordStore<Relationship, RelationshipMapping.Secrets> relationships() {
    return relationships;
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
    return jdbi.inTransaction(work);
  }

  /**
   * Persons whose whole name, or one part of a name, equals {@code name} after normalisation
   * (any script; no transliteration). Uses the blind index: the name is never sent in clear.
   */
  public List<Person> personsNamed(String name, int limit) {
    return records(personsNamed(name, limit, Reading.everything()));
  }

  /**
   * {@link #personsNamed(String, int)} among the persons {@code reading} shows in full (a look-up by
   * identity value never matches a person the reading shows only coded).
   */
  public List<Shown<Person>> personsNamed(String name, int limit, Reading reading) {
    return byTokens(PersonTokens.name(name), limit, reading);
  }

  /** Persons with this ID number (normalised; a legacy 15-digit ID also matches its 18-digit form). */
  public List<Person> personsWithIdNumber(String idNumber, int limit) {
    return records(personsWithIdNumber(idNumber, limit, Reading.everything()));
  }

  /** {@link #personsWithIdNumber(String, int)} among the persons {@code reading} shows in full. */
  public List<Shown<Person>> personsWithIdNumber(String idNumber, int limit, Reading reading) {
    return byTokens(PersonTokens.idNumber(idNumber), limit, reading);
  }

  /** Persons with this contact (a {@code contact_kind} code and the number or handle). */
  public List<Person> personsWithContact(String kind, String value, int limit) {
    return records(personsWithContact(kind, value, limit, Reading.everything()));
  }

  /** {@link #personsWithContact(String, String, int)} among the persons {@code reading} shows in full. */
  public List<Shown<Person>> personsWithContact(String kind, String value, int limit, Reading reading) {
    return byTokens(List.of(PersonTokens.contact(kind, value)), limit, reading);
  }

  private static List<Person> records(List<Shown<Person>> shown) {
    return shown.stream().map(Shown::record).toList();
  }

  private List<Shown<Person>> byTokens(List<PersonTokens.Input> inputs, int limit, Reading reading) {
    return jdbi.withHandle(h -> {
      Map<UUID, Shown<Person>> found = new LinkedHashMap<>();
      for (PersonTokens.Input in : inputs) {
        for (Shown<Person> p : persons.findByToken(h, blindIndex.token(in.field(), in.value()), limit, reading)) {
          found.putIfAbsent(p.id(), p);
        }
      }
      return found.values().stream().limit(limit).toList();
    });
  }

  /**
   * The store of records of {@code kind} ({@code person}, {@code source}, ...).
   *
   * @throws IllegalArgumentException if {@code kind} is not a record kind
   */
  public RecordStore<?, ?> storeOf(String kind) {
    for (RecordStore<?, ?> s : List.of(persons, sources, incidents, detentions, relationships)) {
      if (s.kind().equals(kind)) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a record kind");
  }

  /**
   * Shares record {@code id} of {@code kind} with {@code partner}, read-only. A {@link
   * Reading#partner} read shows it only while it is usable for PARTNER_SHARING; sharing a record
   * shares nothing it refers to. Sharing again is a no-op (the first grant is kept).
   *
   * @param grantedBy the account sharing it, or null outside an account
   * @return whether the share is new
   * @throws IllegalArgumentException if {@code kind} is not a record kind
   * @throws RecordNotFoundException if there is no such record
   */
  public boolean share(String kind, UUID id, UUID partner, @Nullable UUID grantedBy) {
    RecordStore<?, ?> store = storeOf(kind);
    return jdbi.inTransaction(h -> {
      RecordStore.changed(generation, h);
      boolean exists = h.createQuery("select count(*) from " + store.kind() + " where id = :id")
          .bind("id", id).mapTo(Long.class).one() > 0;
      if (!exists) {
        throw new RecordNotFoundException(kind, id);
      }
      return h.createUpdate("insert into record_share (kind, record_id, partner, granted_by, granted_at)"
              + " values (:kind, :id, :partner, cast(:by as uuid), :at) on conflict do nothing")
          .bind("kind", store.kind()).bind("id", id).bind("partner", partner).bind("by", grantedBy)
          .bind("at", clock.instant()).execute() == 1;
    });
  }

  /**
   * Stops sharing record {@code id} of {@code kind} with {@code partner}; takes effect at the
   * partner's next read.
   *
   * @return whether it was shared
   * @throws IllegalArgumentException if {@code kind} is not a record kind
   */
  public boolean unshare(String kind, UUID id, UUID partner) {
    RecordStore<?, ?> store = storeOf(kind);
    boolean removed = jdbi.withHandle(h -> h.createUpdate(
            "delete from record_share where kind = :kind and record_id = :id and partner = :partner")
        .bind("kind", store.kind()).bind("id", id).bind("partner", partner).execute() == 1);
    generation.changed();
    return removed;
  }

  /**
   * The partners record {@code id} of {@code kind} is shared with, oldest grant first.
   *
   * @throws IllegalArgumentException if {@code kind} is not a record kind
   */
  public List<Share> sharesOf(String kind, UUID id) {
    RecordStore<?, ?> store = storeOf(kind);
    return jdbi.withHandle(h -> h.createQuery("select kind, record_id, partner, granted_by, granted_at from record_share"
            + " where kind = :kind and record_id = :id order by granted_at, partner")
        .bind("kind", store.kind()).bind("id", id).map(CaseStore::share).list());
  }

  /** Everything shared with {@code partner} (whatever its consent now), by kind, then oldest first. */
  public List<Share> sharedWith(UUID partner) {
    return jdbi.withHandle(h -> h.createQuery("select kind, record_id, partner, granted_by, granted_at from record_share"
            + " where partner = :partner order by kind, granted_at, record_id")
        .bind("partner", partner).map(CaseStore::share).list());
  }

  private static Share share(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Share(rs.getString("kind"), rs.getObject("record_id", UUID.class), rs.getObject("partner", UUID.class),
        rs.getObject("granted_by", UUID.class), rs.getTimestamp("granted_at").toInstant());
  }

  /** Counts of each kind of record (coded; nothing decrypted). */
  public Map<String, Long> counts() {
    return jdbi.withHandle(h -> {
      Map<String, Long> m = new LinkedHashMap<>();
      for (RecordStore<?, ?> s : List.of(persons, sources, incidents, detentions, relationships)) {
        m.put(s.kind(), s.count(h));
      }
      return m;
    });
  }

  /** The handle-level access used by importers that write several kinds in one transaction. */
  public Jdbi jdbi() {
    return jdbi;
  }

}
