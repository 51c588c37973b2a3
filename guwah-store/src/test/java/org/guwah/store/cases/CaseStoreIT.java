package org.guwah.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.UnableToDecryptFieldException;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreIT {
  static final String CANARY_NAME = "Qanarimemet Canaryjan";
  static final String CANARY_UEY = "قانارىمەمەت كانارىجان";
  static final String CANARY_HANZI = "卡纳热麦麦提·卡纳热江";
  static final String CANARY_PHONE = "+90 555 019 7311";
  static final String CANARY_WECHAT = "canary_wx_88120";
  static final String CANARY_ID = "65322219770707";
  static final String CANARY_NOTE = "CANARYNOTE-horse-battery";
  static final String CANARY_TESTIMONY = "CANARYTESTIMONY police called my brother";

  static FreshDatabase fresh;
  static Database db;
  static CaseStore store;
  @TempDir static Path keysDir;

  @BeforeAll
  static void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    Clock clock = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    store = CaseStore.create(db.jdbi(), KeyRing.create(keysDir), clock, new Ids(clock, new Random(7)));
  }

  @AfterAll
  static void close() {
    db.close();
    fresh.close();
  }

  static String canaryId() {
    String first17 = CANARY_ID + "001";
    return first17 + org.guwah.names.ids.ResidentId.checkCharacter(first17);
  }

  static Person canaryPerson() {
    return new Person(null, 0,
        List.of(new PersonName(CANARY_NAME, "ULY", "NGO list"), new PersonName(CANARY_UEY, "UEY", null),
            new PersonName(CANARY_HANZI, "HANZI", "police list")),
        "MALE", FuzzyDate.parse("1977-07-07"), null, "UYGHUR", new Place("CN", "653222", "Canaryvillage", "No. 9 Canary St"),
        "TR", List.of(new Contact("PHONE", CANARY_PHONE), new Contact("WECHAT", CANARY_WECHAT)), canaryId(), "FULL", false,
        Consent.none().with("AGGREGATE_STATISTICS", ConsentEntry.granted(LocalDate.of(2019, 3, 1), "WRITTEN")),
        CANARY_NOTE, List.of());
  }

  @Test
  void aPersonRoundTripsAndNoIdentityValueIsStoredInClear() {
    Person stored = store.persons().create(canaryPerson());
    assertThat(stored.id()).isNotNull();
    assertThat(stored.version()).isEqualTo(1);
    Person back = store.persons().get(stored.id()).orElseThrow();
    assertThat(back).isEqualTo(stored);

    String everything = db.jdbi().withHandle(h -> String.join("\n", h.createQuery(
        "select p::text from person p union all select c::text from consent_event c").mapTo(String.class).list()));
    assertThat(everything).contains("UYGHUR", "653222", "AGGREGATE_STATISTICS");
    for (String canary : List.of(CANARY_NAME, "Qanarimemet", CANARY_UEY, CANARY_HANZI, "卡纳热", CANARY_PHONE,
        "0197311", CANARY_WECHAT, canaryId(), CANARY_NOTE, "Canaryvillage", "Canary St", "1977-07-07")) {
      assertThat(everything).doesNotContain(canary);
      assertThat(everything).doesNotContain(hex(canary));
    }
  }

  private static String hex(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  @Test
  void personsAreFoundByNameIdNumberAndContactThroughTheBlindIndex() {
    Person p = store.persons().create(canaryPerson());
    assertThat(store.personsNamed("qanarimemet  canaryjan", 10)).extracting(Person::id).contains(p.id());
    assertThat(store.personsNamed("Canaryjan", 10)).extracting(Person::id).contains(p.id());
    assertThat(store.personsNamed("卡纳热麦麦提・卡纳热江", 10)).extracting(Person::id).contains(p.id());
    assertThat(store.personsWithIdNumber(" " + canaryId().substring(0, 6) + " " + canaryId().substring(6), 10))
        .extracting(Person::id).contains(p.id());
    assertThat(store.personsWithContact("PHONE", "0090 555 0197311", 10)).extracting(Person::id).contains(p.id());
    assertThat(store.personsWithContact("WECHAT", "CANARY_WX_88120", 10)).extracting(Person::id).contains(p.id());
    assertThat(store.personsNamed("Somebody Else", 10)).isEmpty();
  }

  @Test
  void updatesNeedTheCurrentVersionAndRecordConsentChanges() {
    Person p = store.persons().create(canaryPerson());
    ConsentEntry granted = p.consent().purposes().get("AGGREGATE_STATISTICS");
    Person withdrawn = p.withConsent(p.consent().with("AGGREGATE_STATISTICS", granted.withdraw(LocalDate.of(2024, 5, 1))));
    Person v2 = store.persons().update(p.id(), withdrawn);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(store.persons().get(p.id()).orElseThrow().consent().permits("AGGREGATE_STATISTICS")).isFalse();
    assertThatThrownBy(() -> store.persons().update(p.id(), withdrawn)).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> store.persons().update(UUID.randomUUID(), withdrawn.withIdentity(null, 0)))
        .isInstanceOf(RecordNotFoundException.class);
    List<String> events = db.jdbi().withHandle(h -> h.createQuery(
        "select status from consent_event where subject_id = :id order by seq").bind("id", p.id()).mapTo(String.class).list());
    assertThat(events).containsExactly("GRANTED", "WITHDRAWN");
  }

  @Test
  void referencesMustExistAndEventsCannotBeInTheFuture() {
    Person target = store.persons().create(canaryPerson());
    UUID ghost = UUID.randomUUID();
    Incident bad = new Incident(null, 0, List.of("THREAT_FAMILY"), "WECHAT", "XINJIANG_POLICE", "CN", target.id(),
        List.of(ghost), FuzzyDate.parse("2030"), "TR", "Istanbul", null, List.of());
    assertThatThrownBy(() -> store.incidents().create(bad)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.fieldErrors()).containsOnlyKeys("relativeIds[0]", "date"));
    assertThat(store.incidents().list(new ListQuery(Map.of("targetPersonId", target.id().toString()), 10, null)).items())
        .isEmpty();
  }

  @Test
  void everyKindRoundTripsAndListsWithFiltersAndPages() {
    Person respondent = store.persons().create(canaryPerson());
    Person relative = store.persons().create(new Person(null, 0, List.of(new PersonName("Aygul Tursun", "ULY", null)),
        "FEMALE", FuzzyDate.parse("1950"), null, "UYGHUR", new Place("CN", "653121", null, null), null, List.of(), null,
        null, true, null, null, List.of()));
    Source source = store.sources().create(new Source(null, 0, "INTERVIEW", respondent.id(), "CHILD",
        FuzzyDate.parse("2019-03"), "ug", null, Consent.none(), "Interview 17", null, CANARY_TESTIMONY));
    Incident incident = store.incidents().create(new Incident(null, 0, List.of("THREAT_FAMILY", "INFO_DEMAND"), "WECHAT",
        "XINJIANG_POLICE", "CN", respondent.id(), List.of(relative.id()), FuzzyDate.parse("early 2018"), "TR", "Istanbul",
        "They asked for my passport", List.of(source.id())));
    Detention detention = store.detentions().create(new Detention(null, 0, relative.id(), "SENTENCED",
        FuzzyDate.parse("2017-11"), new Place("CN", "653121", null, null), "Prison 4", List.of("RELATIVE_ABROAD"),
        "because her son lives abroad", "picking quarrels", 180, List.of(source.id())));
    Relationship tie = store.relationships().create(new Relationship(null, 0, relative.id(), "PARENT", respondent.id(),
        List.of(source.id())));
    assertThat(store.sources().get(source.id())).contains(source);
    assertThat(store.incidents().get(incident.id())).contains(incident);
    assertThat(store.detentions().get(detention.id())).contains(detention);
    assertThat(store.relationships().get(tie.id())).contains(tie);

    assertThat(store.incidents().list(new ListQuery(Map.of("tactic", "INFO_DEMAND", "year", "2018"), 10, null)).items())
        .contains(incident);
    assertThat(store.incidents().list(new ListQuery(Map.of("personId", relative.id().toString()), 10, null)).items())
        .containsExactly(incident);
    assertThat(store.incidents().list(new ListQuery(Map.of("year", "2019"), 10, null)).items()).doesNotContain(incident);
    assertThat(store.detentions().list(new ListQuery(Map.of("status", "SENTENCED", "personId", relative.id().toString()),
        10, null)).items()).containsExactly(detention);
    assertThatThrownBy(() -> store.incidents().list(new ListQuery(Map.of("tactic", "TEA_PARTY", "colour", "red"), 10, null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("tactic", "colour"));

    List<UUID> seen = new ArrayList<>();
    Slice<Person> page = store.persons().list(ListQuery.first(1));
    seen.addAll(page.items().stream().map(Person::id).toList());
    while (page.after() != null) {
      page = store.persons().list(new ListQuery(Map.of(), 1, page.after()));
      seen.addAll(page.items().stream().map(Person::id).toList());
    }
    assertThat(seen).doesNotHaveDuplicates().contains(respondent.id(), relative.id());
    assertThat(seen).isSorted();
  }

  @Test
  void aCiphertextMovedToAnotherRowDoesNotOpen() {
    Person a = store.persons().create(canaryPerson());
    Person b = store.persons().create(canaryPerson());
    db.jdbi().useHandle(h -> h.createUpdate("update person set identity = (select identity from person where id = :a) where id = :b")
        .bind("a", a.id()).bind("b", b.id()).execute());
    try {
      assertThatThrownBy(() -> store.persons().get(b.id())).isInstanceOf(UnableToDecryptFieldException.class);
    } finally {
      db.jdbi().useHandle(h -> h.createUpdate("delete from person where id = :b").bind("b", b.id()).execute());
    }
  }

  @Test
  void aBatchIsAllOrNothing() {
    long before = store.counts().get("person");
    List<Person> batch = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      batch.add(canaryPerson());
    }
    UUID taken = store.persons().create(canaryPerson()).id();
    batch.add(canaryPerson().withIdentity(taken, 0));
    assertThatThrownBy(() -> store.inTransaction(h -> store.persons().createAll(h, batch)))
        .isInstanceOf(DuplicateIdException.class);
    assertThat(store.counts().get("person")).isEqualTo(before + 1);
    Map<Integer, ValidationException> none =
        db.jdbi().withHandle(h -> store.persons().problems(h, List.of(canaryPerson()), Set.of()));
    assertThat(none).isEmpty();
  }
}
