package org.guwah.store.cases;

import java.time.Clock;
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
import org.guwah.store.cases.internal.IncidentMapping;
import org.guwah.store.cases.internal.PersonMapping;
import org.guwah.store.cases.internal.PersonTokens;
import org.guwah.store.cases.internal.RelationshipMapping;
import org.guwah.store.cases.internal.SourceMapping;
import org.guwah.store.crypto.BlindIndex;
import org.guwah.store.crypto.KeyRing;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case store: persons, sources, incidents, detention events and relationships on PostgreSQL,
 * with identity data sealed under the {@link KeyRing}'s field key. Thread-safe.
 */
public final class CaseStore {
  private final Jdbi jdbi;
  private final BlindIndex blindIndex;
  private final RecordStore<Person, PersonMapping.Secrets> persons;
  private final RecordStore<Source, SourceMapping.Secrets> sources;
  private final RecordStore<Incident, IncidentMapping.Secrets> incidents;
  private final RecordStore<Detention, DetentionMapping.Secrets> detentions;
  private final RecordStore<Relationship, RelationshipMapping.Secrets> relationships;

  private CaseStore(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids) {
    this.jdbi = jdbi;
    this.blindIndex = keys.blindIndex();
    ObjectMapper json = JsonMapper.builder().build();
    Envelope envelope = new Envelope(keys.fieldCipher(), json);
    this.persons = new RecordStore<>(jdbi, new PersonMapping(json), envelope, blindIndex, json, clock, ids);
    this.sources = new RecordStore<>(jdbi, new SourceMapping(json), envelope, blindIndex, json, clock, ids);
    this.incidents = new RecordStore<>(jdbi, new IncidentMapping(), envelope, blindIndex, json, clock, ids);
    this.detentions = new RecordStore<>(jdbi, new DetentionMapping(), envelope, blindIndex, json, clock, ids);
    this.relationships = new RecordStore<>(jdbi, new RelationshipMapping(), envelope, blindIndex, json, clock, ids);
  }

  /** A case store on a migrated database. */
  public static CaseStore create(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids) {
    return new CaseStore(jdbi, keys, clock, ids);
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
    return byTokens(PersonTokens.name(name), limit);
  }

  /** Persons with this ID number (normalised; a legacy 15-digit ID also matches its 18-digit form). */
  public List<Person> personsWithIdNumber(String idNumber, int limit) {
    return byTokens(PersonTokens.idNumber(idNumber), limit);
  }

  /** Persons with this contact (a {@code contact_kind} code and the number or handle). */
  public List<Person> personsWithContact(String kind, String value, int limit) {
    return byTokens(List.of(PersonTokens.contact(kind, value)), limit);
  }

  private List<Person> byTokens(List<PersonTokens.Input> inputs, int limit) {
    return jdbi.withHandle(h -> {
      Map<UUID, Person> found = new LinkedHashMap<>();
      for (PersonTokens.Input in : inputs) {
        for (Person p : persons.findByToken(h, blindIndex.token(in.field(), in.value()), limit)) {
          found.putIfAbsent(p.id(), p);
        }
      }
      return found.values().stream().limit(limit).toList();
    });
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
