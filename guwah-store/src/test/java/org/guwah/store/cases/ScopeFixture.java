package org.guwah.store.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;

/**
 * Canary records for consent-scoped reads: every identity field of every record holds a unique
 * canary string, so a serialized record shows at once whether identity data leaked into it.
 */
final class ScopeFixture {
  static final List<String> PURPOSES =
      List.of("INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS", "PUBLIC_PROFILE", "UN_SUBMISSION", "PARTNER_SHARING");
  static final LocalDate RECORDED = LocalDate.of(2020, 5, 4);

  private final CaseStore store;
  private int serial;
  /** The canary strings of each record, by record id. */
  final Map<UUID, List<String>> canaries = new LinkedHashMap<>();

  ScopeFixture(CaseStore store, int firstSerial) {
    this.store = store;
    this.serial = firstSerial;
  }

  static Consent grantAll() {
    Consent c = Consent.none();
    for (String p : PURPOSES) {
      c = c.with(p, ConsentEntry.granted(RECORDED, "WRITTEN"));
    }
    return c;
  }

  /** Every purpose granted but {@code refused}, which is refused. */
  static Consent allBut(String refused) {
    return grantAll().with(refused, ConsentEntry.refused(RECORDED));
  }

  /** Only these purposes granted; the others never asked (no entry). */
  static Consent only(String... granted) {
    Consent c = Consent.none();
    for (String p : granted) {
      c = c.with(p, ConsentEntry.granted(RECORDED, "ORAL_RECORDED"));
    }
    return c;
  }

  Person person(boolean protectedThirdParty, Consent consent, List<UUID> sources, @Nullable UUID actor) {
    int n = ++serial;
    String name = "Cnryname" + n + " Qanarjan";
    String wechat = "cnry_wx_" + n;
    String idNumber = "CNRYID" + n + "X";
    LocalDate born = LocalDate.of(1940 + n % 50, 3 + n % 9, 2 + n % 26);
    String village = "Cnryvillage" + n;
    String street = "Cnrystreet" + n;
    String notes = "CNRYNOTE" + n + " she was taken at night";
    Person p = store.persons().create(new Person(null, 0,
        List.of(new PersonName(name, "ULY", "CNRYNAMESOURCE" + n)), "FEMALE", FuzzyDate.ofDay(born), null, "UYGHUR",
        new Place("CN", "653121", village, street), protectedThirdParty ? null : "TR",
        List.of(new Contact("WECHAT", wechat)), idNumber, protectedThirdParty ? "ANONYMOUS" : "FULL",
        protectedThirdParty, consent, notes, sources), actor);
    canaries.put(p.id(), List.of(name, "Cnryname" + n, wechat, idNumber, born.toString(), village, street,
        "CNRYNOTE" + n, "CNRYNAMESOURCE" + n));
    return p;
  }

  Source source(Consent consent, @Nullable UUID reporter, @Nullable UUID actor) {
    int n = ++serial;
    Source s = store.sources().create(new Source(null, 0, "INTERVIEW", reporter, reporter == null ? null : "CHILD",
        FuzzyDate.parse("2019-03"), "ug", null, consent, "CNRYTITLE" + n, "CNRYREF" + n,
        "CNRYTESTIMONY" + n + " the police called my brother"), actor);
    canaries.put(s.id(), List.of("CNRYTITLE" + n, "CNRYREF" + n, "CNRYTESTIMONY" + n));
    return s;
  }

  Incident incident(@Nullable UUID target, List<UUID> relatives, List<UUID> sources, @Nullable UUID actor) {
    int n = ++serial;
    Incident i = store.incidents().create(new Incident(null, 0, List.of("THREAT_FAMILY"), "WECHAT",
        "XINJIANG_POLICE", "CN", target, relatives, FuzzyDate.parse("2018"), "TR", "Istanbul",
        "CNRYDESC" + n + " they asked for her passport", sources), actor);
    canaries.put(i.id(), List.of("CNRYDESC" + n));
    return i;
  }

  Detention detention(UUID person, List<UUID> sources, @Nullable UUID actor) {
    int n = ++serial;
    Detention d = store.detentions().create(new Detention(null, 0, person, "SENTENCED", FuzzyDate.parse("2017-11"),
        new Place("CN", "653121", "Cnryplace" + n, "Cnryblock" + n), "PRISON", List.of("RELATIVE_ABROAD"),
        "CNRYREASON" + n, "CNRYCHARGE" + n, 120, sources), actor);
    canaries.put(d.id(), List.of("Cnryplace" + n, "Cnryblock" + n, "CNRYREASON" + n, "CNRYCHARGE" + n));
    return d;
  }

  Relationship relationship(UUID person, String kind, UUID related, List<UUID> sources, @Nullable UUID actor) {
    Relationship r = store.relationships().create(new Relationship(null, 0, person, kind, related, sources), actor);
    canaries.put(r.id(), List.of());
    return r;
  }

  /** Every canary string of every record. */
  List<String> allCanaries() {
    List<String> all = new ArrayList<>();
    canaries.values().forEach(all::addAll);
    return all;
  }

  /**
   * The consent rules of ADR 0008, written again in Java over the stored records: the oracle the
   * database's answers are compared with.
   */
  static final class Oracle {
    final Map<UUID, Person> persons = new TreeMap<>();
    final Map<UUID, Source> sources = new TreeMap<>();
    final Map<UUID, Incident> incidents = new TreeMap<>();
    final Map<UUID, Detention> detentions = new TreeMap<>();
    final Map<UUID, Relationship> relationships = new TreeMap<>();

    boolean sourceGrants(UUID id, String purpose) {
      Source s = sources.get(id);
      return s != null && s.consent().permits(purpose);
    }

    boolean personUsable(UUID id, String purpose) {
      Person p = persons.get(id);
      if (p == null) {
        return false;
      }
      if (!p.protectedThirdParty()) {
        return p.consent().permits(purpose);
      }
      return !purpose.equals("PUBLIC_PROFILE") && !p.sourceIds().isEmpty()
          && p.sourceIds().stream().allMatch(s -> sourceGrants(s, purpose));
    }

    private boolean referencesUsable(List<UUID> people, List<UUID> cited, String purpose) {
      return people.stream().allMatch(p -> personUsable(p, purpose))
          && cited.stream().allMatch(s -> sourceGrants(s, purpose));
    }

    boolean usable(UUID id, String purpose) {
      if (persons.containsKey(id)) {
        return personUsable(id, purpose);
      }
      if (sources.containsKey(id)) {
        return sourceGrants(id, purpose);
      }
      if (incidents.containsKey(id)) {
        Incident i = incidents.get(id);
        List<UUID> people = people(i);
        return !(people.isEmpty() && i.sourceIds().isEmpty()) && referencesUsable(people, i.sourceIds(), purpose);
      }
      if (detentions.containsKey(id)) {
        Detention d = detentions.get(id);
        return referencesUsable(List.of(d.personId()), d.sourceIds(), purpose);
      }
      Relationship r = relationships.get(id);
      return referencesUsable(List.of(r.personId(), r.relatedPersonId()), r.sourceIds(), purpose);
    }

    private static List<UUID> people(Incident i) {
      List<UUID> people = new ArrayList<>(i.relativeIds());
      if (i.targetPersonId() != null) {
        people.add(i.targetPersonId());
      }
      return people;
    }

    private boolean isProtected(UUID person) {
      Person p = persons.get(person);
      return p != null && p.protectedThirdParty();
    }

    boolean involvesProtected(UUID id) {
      if (persons.containsKey(id)) {
        return isProtected(id);
      }
      if (sources.containsKey(id)) {
        Source s = sources.get(id);
        return (s.reporterPersonId() != null && isProtected(s.reporterPersonId()))
            || persons.values().stream().anyMatch(p -> p.protectedThirdParty() && p.sourceIds().contains(id));
      }
      if (incidents.containsKey(id)) {
        return people(incidents.get(id)).stream().anyMatch(this::isProtected);
      }
      if (detentions.containsKey(id)) {
        return isProtected(detentions.get(id).personId());
      }
      Relationship r = relationships.get(id);
      return isProtected(r.personId()) || isProtected(r.relatedPersonId());
    }

    Set<UUID> ids() {
      Set<UUID> all = new java.util.TreeSet<>();
      all.addAll(persons.keySet());
      all.addAll(sources.keySet());
      all.addAll(incidents.keySet());
      all.addAll(detentions.keySet());
      all.addAll(relationships.keySet());
      return all;
    }
  }
}
