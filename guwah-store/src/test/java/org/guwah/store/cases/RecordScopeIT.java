package org.guwah.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.cases.ScopeFixture.PURPOSES;
import static org.guwah.store.cases.ScopeFixture.allBut;
import static org.guwah.store.cases.ScopeFixture.grantAll;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.guwah.core.consent.Consent;
import org.guwah.core.detentions.Detention;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.cases.ScopeFixture.Oracle;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent-scoped reads (issue 3, ADR 0008): for every {@link Reading} factory, exactly the rows the
 * consent rules allow are returned, exactly the right ones in full, and coded ones carry no identity
 * value; withdrawal hides a row at the next read, cached or not; pagination stays exact.
 */
class RecordScopeIT {
  static final UUID DOC_A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
  static final UUID DOC_B = UUID.fromString("00000000-0000-7000-8000-00000000000b");
  static final UUID PARTNER_P = UUID.fromString("00000000-0000-7000-8000-0000000000e1");
  static final UUID PARTNER_Q = UUID.fromString("00000000-0000-7000-8000-0000000000e2");
  static final UUID ADMIN = UUID.fromString("00000000-0000-7000-8000-0000000000ad");
  static final String IA = "INTERNAL_ANALYSIS";
  static final String PARTNER = "PARTNER_SHARING";

  static FreshDatabase fresh;
  static Database db;
  static CaseStore store;
  static ScopeFixture fx;
  static Oracle oracle;
  static final ObjectMapper JSON = JsonMapper.builder().build();
  @TempDir static Path keysDir;

  // The fixture, by role.
  static Source sGood;
  static Source sFree;
  static Source sTpReporter;
  static final Map<String, Source> sBut = new LinkedHashMap<>();
  static Person pGood;
  static Person pGood2;
  static Person pNone;
  static Person pOnlyIa;
  static final Map<String, Person> pBut = new LinkedHashMap<>();
  static Person tpGood;
  static Person tpNone;
  static final Map<String, Person> tpMixed = new LinkedHashMap<>();
  static Incident iGood;
  static Incident iTp;
  static Incident iEmpty;
  static Incident iDangling;
  static final Map<String, Incident> iBut = new LinkedHashMap<>();
  static final Map<String, Incident> iSrcBut = new LinkedHashMap<>();
  static Detention dGood;
  static Detention dTp;
  static final Map<String, Detention> dBut = new LinkedHashMap<>();
  static Relationship rGood;
  static Relationship rTp;
  static final Map<String, Relationship> rBut = new LinkedHashMap<>();
  static final Set<UUID> sharedWithP = new java.util.TreeSet<>();

  @BeforeAll
  static void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    Clock clock = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    store = CaseStore.create(db.jdbi(), KeyRing.create(keysDir), clock, new Ids(clock, new Random(11)));
    fx = new ScopeFixture(store, 0);

    sGood = fx.source(grantAll(), null, null);
    for (String p : PURPOSES) {
      sBut.put(p, fx.source(allBut(p), null, p.equals(IA) ? DOC_A : null));
    }
    pGood = fx.person(false, grantAll(), List.of(sGood.id()), DOC_A);
    pGood2 = fx.person(false, grantAll(), List.of(), DOC_B);
    pNone = fx.person(false, Consent.none(), List.of(), null);
    pOnlyIa = fx.person(false, ScopeFixture.only(IA), List.of(), null);
    for (String p : PURPOSES) {
      UUID creator = p.equals(IA) ? DOC_A : p.equals("AGGREGATE_STATISTICS") ? DOC_B : null;
      pBut.put(p, fx.person(false, allBut(p), List.of(sGood.id()), creator));
    }
    sFree = fx.source(grantAll(), pGood.id(), null);
    tpGood = fx.person(true, Consent.none(), List.of(sGood.id()), null);
    tpNone = fx.person(true, Consent.none(), List.of(), DOC_A);
    for (String p : PURPOSES) {
      tpMixed.put(p, fx.person(true, Consent.none(), List.of(sGood.id(), sBut.get(p).id()), null));
    }
    sTpReporter = fx.source(grantAll(), tpGood.id(), null);

    iGood = fx.incident(pGood.id(), List.of(), List.of(sGood.id()), null);
    iTp = fx.incident(pGood.id(), List.of(tpGood.id()), List.of(sGood.id()), DOC_B);
    iEmpty = fx.incident(null, List.of(), List.of(), null);
    iDangling = fx.incident(pGood.id(), List.of(), List.of(sGood.id()), null);
    for (String p : PURPOSES) {
      iBut.put(p, fx.incident(pBut.get(p).id(), List.of(), List.of(sGood.id()), p.equals(IA) ? DOC_A : null));
      iSrcBut.put(p, fx.incident(pGood.id(), List.of(), List.of(sBut.get(p).id()), null));
    }
    dGood = fx.detention(pGood.id(), List.of(sGood.id()), DOC_A);
    dTp = fx.detention(tpGood.id(), List.of(sGood.id()), null);
    for (String p : PURPOSES) {
      dBut.put(p, fx.detention(tpMixed.get(p).id(), List.of(sGood.id()), null));
    }
    rGood = fx.relationship(pGood.id(), "SIBLING", pGood2.id(), List.of(sGood.id()), null);
    rTp = fx.relationship(tpGood.id(), "PARENT", pGood.id(), List.of(sGood.id()), null);
    for (String p : PURPOSES) {
      rBut.put(p, fx.relationship(pGood.id(), "SIBLING", pBut.get(p).id(), List.of(), null));
    }
    // A source id that names no stored source counts as not granting anything.
    db.jdbi().useHandle(h -> h.createUpdate("update incident set source_ids = source_ids || :ghost where id = :id")
        .bindArray("ghost", UUID.class, List.of(UUID.randomUUID())).bind("id", iDangling.id()).execute());

    share("person", pGood.id(), pBut.get(PARTNER).id(), pBut.get(IA).id(), tpGood.id(), tpNone.id(),
        tpMixed.get(IA).id(), tpMixed.get(PARTNER).id());
    share("source", sGood.id(), sFree.id(), sTpReporter.id(), sBut.get(PARTNER).id(), sBut.get(IA).id());
    share("incident", iGood.id(), iTp.id(), iBut.get(PARTNER).id(), iSrcBut.get(IA).id());
    share("detention", dGood.id(), dTp.id(), dBut.get(PARTNER).id());
    share("relationship", rGood.id(), rTp.id(), rBut.get(PARTNER).id());
    store.share("person", pGood2.id(), PARTNER_Q, ADMIN);

    oracle = new Oracle();
    for (UUID id : fx.canaries.keySet()) {
      store.persons().get(id).ifPresent(r -> oracle.persons.put(id, r));
      store.sources().get(id).ifPresent(r -> oracle.sources.put(id, r));
      store.incidents().get(id).ifPresent(r -> oracle.incidents.put(id, r));
      store.detentions().get(id).ifPresent(r -> oracle.detentions.put(id, r));
      store.relationships().get(id).ifPresent(r -> oracle.relationships.put(id, r));
    }
    assertThat(oracle.ids()).hasSize(fx.canaries.size());
    assertThat(oracle.incidents.get(iDangling.id()).sourceIds()).hasSize(2);
  }

  private static void share(String kind, UUID... ids) {
    for (UUID id : ids) {
      assertThat(store.share(kind, id, PARTNER_P, ADMIN)).isTrue();
      sharedWithP.add(id);
    }
  }

  @AfterAll
  static void close() {
    db.close();
    fresh.close();
  }

  // ---- the matrix: every factory against the oracle ----------------------------------------------

  @Test
  void everythingShowsEveryRowInFull() {
    assertReads(Reading.everything(), id -> true, id -> true);
  }

  @Test
  void forPurposeShowsExactlyTheRowsUsableForIt() {
    for (String purpose : PURPOSES) {
      Map<UUID, Boolean> seen = assertReads(Reading.forPurpose(purpose), id -> oracle.usable(id, purpose), id -> true);
      // Each canary refusing the purpose is hidden; the same canary is shown for every other purpose.
      assertThat(seen).doesNotContainKeys(sBut.get(purpose).id(), pBut.get(purpose).id(), iBut.get(purpose).id(),
          iSrcBut.get(purpose).id(), tpMixed.get(purpose).id(), dBut.get(purpose).id(), rBut.get(purpose).id(),
          pNone.id(), tpNone.id(), iEmpty.id(), iDangling.id());
      for (String other : PURPOSES) {
        if (!other.equals(purpose)) {
          assertThat(seen).containsKeys(sBut.get(other).id(), pBut.get(other).id(), iBut.get(other).id(),
              iSrcBut.get(other).id(), rBut.get(other).id());
        }
      }
      assertThat(seen).containsKeys(sGood.id(), pGood.id(), iGood.id(), dGood.id(), rGood.id());
    }
  }

  @Test
  void protectedThirdPartiesFollowTheirReportingSourcesAndAreNeverPublic() {
    Map<UUID, Boolean> publicProfile = readAll(Reading.forPurpose("PUBLIC_PROFILE"));
    assertThat(publicProfile).doesNotContainKeys(tpGood.id(), tpNone.id(), iTp.id(), dTp.id(), rTp.id());
    assertThat(publicProfile).containsKeys(sTpReporter.id(), pGood.id());
    for (String purpose : List.of(IA, "AGGREGATE_STATISTICS", "UN_SUBMISSION", PARTNER)) {
      Map<UUID, Boolean> seen = readAll(Reading.forPurpose(purpose));
      assertThat(seen).containsKeys(tpGood.id(), iTp.id(), dTp.id(), rTp.id());
      assertThat(seen).doesNotContainKeys(tpNone.id(), tpMixed.get(purpose).id());
    }
  }

  @Test
  void anAnalystSeesRowsUsableForInternalAnalysisAllCoded() {
    Map<UUID, Boolean> seen = assertReads(Reading.analyst(), id -> oracle.usable(id, IA), id -> false);
    assertThat(seen).containsKeys(pGood.id(), tpGood.id(), pOnlyIa.id(), iTp.id())
        .doesNotContainKeys(pBut.get(IA).id(), sBut.get(IA).id());
  }

  @Test
  void anAnalystSeesUnlockedRowsInFullOnlyWhenTheyAreVisible() {
    Set<UUID> unlocked = Set.of(pGood.id(), sGood.id(), iGood.id(), dTp.id(), pBut.get(IA).id(), iBut.get(IA).id());
    Map<UUID, Boolean> seen = assertReads(Reading.analystWithUnlocks(unlocked), id -> oracle.usable(id, IA),
        unlocked::contains);
    assertThat(seen).containsEntry(pGood.id(), true).containsEntry(dTp.id(), true).containsEntry(tpGood.id(), false)
        .doesNotContainKeys(pBut.get(IA).id(), iBut.get(IA).id());
  }

  @Test
  void aDocumenterSeesOwnRowsInFullAndOtherRowsUsableForInternalAnalysisCoded() {
    Map<UUID, UUID> creators = creators();
    for (UUID account : List.of(DOC_A, DOC_B)) {
      Predicate<UUID> own = id -> account.equals(creators.get(id));
      Map<UUID, Boolean> seen = assertReads(Reading.documenter(account), id -> own.test(id) || oracle.usable(id, IA), own);
      assertThat(seen.values()).contains(true, false);
    }
    // DOC_A created pBut[IA] (refusing internal analysis): only DOC_A sees it, in full.
    assertThat(readAll(Reading.documenter(DOC_A))).containsEntry(pBut.get(IA).id(), true)
        .containsEntry(tpNone.id(), true).containsEntry(pGood2.id(), false);
    assertThat(readAll(Reading.documenter(DOC_B))).doesNotContainKeys(pBut.get(IA).id(), tpNone.id())
        .containsEntry(pGood2.id(), true).containsEntry(pGood.id(), false);
  }

  @Test
  void aPartnerSeesOnlySharedRowsWithPartnerConsentAndProtectedPeopleCoded() {
    Map<UUID, Boolean> seen = assertReads(Reading.partner(PARTNER_P),
        id -> sharedWithP.contains(id) && oracle.usable(id, PARTNER), id -> !oracle.involvesProtected(id));
    assertThat(seen).containsEntry(pGood.id(), true).containsEntry(sFree.id(), true).containsEntry(iGood.id(), true)
        .containsEntry(tpGood.id(), false).containsEntry(sGood.id(), false).containsEntry(sTpReporter.id(), false)
        .containsEntry(iTp.id(), false).containsEntry(dTp.id(), false).containsEntry(rTp.id(), false)
        .doesNotContainKeys(pBut.get(PARTNER).id(), tpMixed.get(PARTNER).id(), tpNone.id(), iBut.get(PARTNER).id(),
            dBut.get(PARTNER).id(), rBut.get(PARTNER).id(), pGood2.id(), pNone.id());
    assertThat(readAll(Reading.partner(PARTNER_Q))).containsOnlyKeys(pGood2.id());
    assertThat(readAll(Reading.partner(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void combinedConditionsAreExact() {
    Reading r = Reading.of(Rows.usableFor("UN_SUBMISSION").and(Rows.usableFor("PUBLIC_PROFILE").not()),
        Rows.createdBy(DOC_A).or(Rows.involvingProtectedThirdParty()));
    Map<UUID, UUID> creators = creators();
    assertReads(r, id -> oracle.usable(id, "UN_SUBMISSION") && !oracle.usable(id, "PUBLIC_PROFILE"),
        id -> DOC_A.equals(creators.get(id)) || oracle.involvesProtected(id));
    assertReads(Reading.of(Rows.none(), Rows.all()), id -> false, id -> false);
    assertReads(Reading.of(Rows.ids(Set.of(pGood.id(), iTp.id())), Rows.ids(Set.of(iTp.id()))),
        id -> id.equals(pGood.id()) || id.equals(iTp.id()), id -> id.equals(iTp.id()));
  }

  /** Creator of each fixture record, read back from the database. */
  private static Map<UUID, UUID> creators() {
    Map<UUID, UUID> out = new HashMap<>();
    db.jdbi().useHandle(h -> {
      for (String t : List.of("person", "source", "incident", "detention", "relationship")) {
        h.createQuery("select id, created_by from " + t + " where created_by is not null")
            .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
            .forEach(e -> out.put(e.getKey(), e.getValue()));
      }
    });
    return out;
  }

  // ---- withdrawal and the memory of opened records ------------------------------------------------

  @Test
  void withdrawalHidesARowFromTheNextReadEvenRightAfterItWasReadInFull() {
    ScopeFixture own = new ScopeFixture(store, 10_000);
    Source s = own.source(grantAll(), null, null);
    Person w = own.person(false, grantAll(), List.of(s.id()), null);
    Person relative = own.person(true, Consent.none(), List.of(s.id()), null);
    Incident i = own.incident(w.id(), List.of(relative.id()), List.of(s.id()), null);
    Reading unlocked = Reading.analystWithUnlocks(Set.of(w.id(), relative.id(), i.id(), s.id()));

    Shown<Person> first = store.persons().get(w.id(), unlocked).orElseThrow();
    Shown<Person> again = store.persons().get(w.id(), unlocked).orElseThrow();
    assertThat(first.full()).isTrue();
    assertThat(again.record()).as("the second full read comes from the memory of opened records")
        .isSameAs(first.record());
    assertThat(store.incidents().get(i.id(), unlocked)).isPresent();

    Person withdrawn = store.persons().update(w.id(), w.withConsent(w.consent().with(IA,
        w.consent().purposes().get(IA).withdraw(LocalDate.of(2024, 5, 30)))), DOC_B);
    assertThat(store.persons().get(w.id(), unlocked)).isEmpty();
    assertThat(store.persons().get(w.id(), Reading.analyst())).isEmpty();
    assertThat(ids(store.persons().list(new ListQuery(Map.of("sourceId", s.id().toString()), 10, null), unlocked)))
        .containsExactly(relative.id());
    assertThat(store.incidents().get(i.id(), unlocked)).as("an incident about a withdrawn person").isEmpty();
    assertThat(store.persons().get(w.id(), Reading.forPurpose("AGGREGATE_STATISTICS"))).isPresent();
    assertThat(store.persons().get(w.id(), Reading.everything()).orElseThrow().record()).isEqualTo(withdrawn);

    // The reporting relative withdraws: the protected person they reported is hidden too.
    assertThat(store.persons().get(relative.id(), unlocked).orElseThrow().full()).isTrue();
    store.sources().update(s.id(), s.withConsent(s.consent().with(IA,
        s.consent().purposes().get(IA).withdraw(LocalDate.of(2024, 5, 31)))));
    assertThat(store.persons().get(relative.id(), unlocked)).isEmpty();
    assertThat(store.sources().get(s.id(), unlocked)).isEmpty();
    assertThat(store.persons().list(new ListQuery(Map.of("sourceId", s.id().toString()), 10, null), unlocked).items())
        .isEmpty();
  }

  @Test
  void aCodedReadNeverComesFromTheMemoryOfFullReads() throws Exception {
    ScopeFixture own = new ScopeFixture(store, 20_000);
    Person p = own.person(false, grantAll(), List.of(), null);
    Source s = own.source(grantAll(), p.id(), null);
    assertThat(store.persons().get(p.id(), Reading.everything()).orElseThrow().full()).isTrue();
    assertThat(store.sources().get(s.id(), Reading.everything()).orElseThrow().full()).isTrue();

    Shown<Person> coded = store.persons().get(p.id(), Reading.analyst()).orElseThrow();
    Shown<Source> codedSource = store.sources().get(s.id(), Reading.analyst()).orElseThrow();
    assertThat(coded.full()).isFalse();
    assertNoCanary(JSON.writeValueAsString(coded.record()), own.allCanaries());
    assertNoCanary(JSON.writeValueAsString(codedSource.record()), own.allCanaries());
    assertThat(coded.record().names()).isEmpty();
    assertThat(coded.record().birth()).isEqualTo(FuzzyDate.ofYear(p.birth().earliest().getYear()));
    assertThat(coded.record().home().locality()).isNull();
    assertThat(coded.record().home().countyCode()).isEqualTo("653121");
    assertThat(coded.record().consent()).isEqualTo(p.consent());
    assertThat(codedSource.record().testimony()).isNull();
    assertThat(codedSource.record().reporterPersonId()).isEqualTo(p.id());

    Shown<Person> full = store.persons().get(p.id(), Reading.analystWithUnlocks(Set.of(p.id()))).orElseThrow();
    assertThat(full.record()).isEqualTo(p);
  }

  // ---- pagination, look-ups, writes, shares -------------------------------------------------------

  @Test
  void aRestrictiveReadingStillReturnsFullPagesAndAnExactCursor() {
    ScopeFixture own = new ScopeFixture(store, 30_000);
    UUID docC = UUID.randomUUID();
    List<UUID> usable = new ArrayList<>();
    List<UUID> ownRows = new ArrayList<>();
    List<UUID> documenterRows = new ArrayList<>();
    List<Person> batch = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      boolean ia = i % 3 == 0;
      boolean mine = i % 5 == 1;
      Person p = own.person(false, ia ? grantAll() : allBut(IA), List.of(), mine ? docC : null);
      batch.add(p);
      if (ia) {
        usable.add(p.id());
      }
      if (mine) {
        ownRows.add(p.id());
      }
      if (ia || mine) {
        documenterRows.add(p.id());
      }
    }
    // The batch is in one residence country nobody else uses, so the filter isolates it.
    store.inTransaction(h -> {
      h.createUpdate("update person set residence_country = 'IS' where id = any(:ids)")
          .bindArray("ids", UUID.class, batch.stream().map(Person::id).toList()).execute();
      return null;
    });
    assertThat(page(Reading.analyst(), 4)).containsExactlyElementsOf(usable.stream().sorted().toList());
    assertThat(page(Reading.documenter(docC), 3)).containsExactlyElementsOf(documenterRows.stream().sorted().toList());
    Slice<Shown<Person>> first = store.persons().list(new ListQuery(Map.of("residenceCountry", "IS"), 50, null),
        Reading.documenter(docC));
    assertThat(first.items().stream().filter(Shown::full).map(Shown::id).toList())
        .containsExactlyElementsOf(ownRows.stream().sorted().toList());
    assertThat(first.after()).isNull();
  }

  /** Pages through persons in Iceland under {@code reading}; every page but the last is full. */
  private static List<UUID> page(Reading reading, int limit) {
    List<UUID> seen = new ArrayList<>();
    UUID after = null;
    do {
      Slice<Shown<Person>> slice = store.persons().list(new ListQuery(Map.of("residenceCountry", "IS"), limit, after),
          reading);
      if (slice.after() != null) {
        assertThat(slice.items()).hasSize(limit);
        assertThat(slice.after()).isEqualTo(slice.items().get(limit - 1).id());
      }
      seen.addAll(ids(slice));
      after = slice.after();
    } while (after != null);
    return seen;
  }

  @Test
  void lookUpsByIdentityValueMatchOnlyRowsShownInFull() {
    ScopeFixture own = new ScopeFixture(store, 40_000);
    UUID docD = UUID.randomUUID();
    Person p = own.person(false, grantAll(), List.of(), docD);
    String name = own.canaries.get(p.id()).get(0);
    String wechat = own.canaries.get(p.id()).get(2);
    assertThat(store.personsNamed(name, 10, Reading.analyst())).isEmpty();
    assertThat(store.personsWithContact("WECHAT", wechat, 10, Reading.analyst())).isEmpty();
    assertThat(store.personsWithIdNumber(own.canaries.get(p.id()).get(3), 10, Reading.documenter(UUID.randomUUID())))
        .isEmpty();
    assertThat(store.personsNamed(name, 10, Reading.analystWithUnlocks(Set.of(p.id()))))
        .extracting(Shown::id, Shown::full).containsExactly(org.assertj.core.groups.Tuple.tuple(p.id(), true));
    assertThat(store.personsWithContact("WECHAT", wechat, 10, Reading.documenter(docD))).extracting(Shown::id)
        .containsExactly(p.id());
    assertThat(store.personsNamed(name, 500)).extracting(Person::id).contains(p.id());
  }

  @Test
  void theCreatorIsKeptAcrossUpdatesAndTheLastWriterRecorded() {
    ScopeFixture own = new ScopeFixture(store, 50_000);
    Person p = own.person(false, grantAll(), List.of(), DOC_A);
    Person cli = own.person(false, grantAll(), List.of(), null);
    store.persons().update(p.id(), p, DOC_B);
    store.persons().update(cli.id(), cli, DOC_B);
    assertThat(writers(p.id())).containsExactly(DOC_A, DOC_B);
    assertThat(writers(cli.id())).containsExactly(null, DOC_B);
    assertThat(store.persons().get(p.id(), Reading.documenter(DOC_A)).orElseThrow().full()).isTrue();
    assertThat(store.persons().get(cli.id(), Reading.documenter(DOC_B)).orElseThrow().full()).isFalse();
  }

  private static List<UUID> writers(UUID id) {
    return db.jdbi().withHandle(h -> h.createQuery("select created_by, updated_by from person where id = :id")
        .bind("id", id).map((rs, ctx) -> java.util.Arrays.asList(rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class))).one());
  }

  @Test
  void sharesNeedAnExistingRecordAndTakeEffectAtTheNextRead() {
    ScopeFixture own = new ScopeFixture(store, 60_000);
    UUID partner = UUID.randomUUID();
    Person p = own.person(false, grantAll(), List.of(), null);
    assertThatThrownBy(() -> store.share("person", UUID.randomUUID(), partner, ADMIN))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> store.share("source", p.id(), partner, ADMIN)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> store.share("account", p.id(), partner, ADMIN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.persons().get(p.id(), Reading.partner(partner))).isEmpty();

    assertThat(store.share("person", p.id(), partner, ADMIN)).isTrue();
    assertThat(store.share("person", p.id(), partner, null)).isFalse();
    assertThat(store.sharesOf("person", p.id())).singleElement().satisfies(sh -> {
      assertThat(sh.partner()).isEqualTo(partner);
      assertThat(sh.grantedBy()).isEqualTo(ADMIN);
      assertThat(sh.grantedAt()).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));
    });
    assertThat(store.sharedWith(partner)).extracting(Share::recordId).containsExactly(p.id());
    assertThat(store.persons().get(p.id(), Reading.partner(partner)).orElseThrow().full()).isTrue();

    assertThat(store.unshare("person", p.id(), partner)).isTrue();
    assertThat(store.unshare("person", p.id(), partner)).isFalse();
    assertThat(store.persons().get(p.id(), Reading.partner(partner))).isEmpty();
    assertThat(store.sharedWith(partner)).isEmpty();
  }

  @Test
  void consentDocumentsGrantOnlyAnExplicitGrantedStatus() {
    Map<String, Boolean> cases = new LinkedHashMap<>();
    cases.put("{}", false);
    cases.put("{\"purposes\": {}}", false);
    cases.put("{\"purposes\": {\"UN_SUBMISSION\": {\"status\": \"GRANTED\"}}}", true);
    cases.put("{\"purposes\": {\"UN_SUBMISSION\": {\"status\": \"granted\"}}}", false);
    cases.put("{\"purposes\": {\"UN_SUBMISSION\": {\"status\": \"REFUSED\"}}}", false);
    cases.put("{\"purposes\": {\"UN_SUBMISSION\": {\"status\": \"WITHDRAWN\"}}}", false);
    cases.put("{\"purposes\": {\"UN_SUBMISSION\": {}}}", false);
    cases.put("{\"purposes\": {\"PUBLIC_PROFILE\": {\"status\": \"GRANTED\"}}}", false);
    cases.put("{\"purposes\": [\"UN_SUBMISSION\"]}", false);
    for (var e : cases.entrySet()) {
      Boolean grants = db.jdbi().withHandle(h -> h.createQuery("select consent_grants(cast(:c as jsonb), 'UN_SUBMISSION')")
          .bind("c", e.getKey()).mapTo(Boolean.class).one());
      assertThat(grants).as(e.getKey()).isEqualTo(e.getValue());
    }
    Boolean none = db.jdbi().withHandle(h -> h.createQuery("select consent_grants(null, 'UN_SUBMISSION')")
        .mapTo(Boolean.class).one());
    assertThat(none).isFalse();
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private static <T> List<UUID> ids(Slice<Shown<T>> slice) {
    return slice.items().stream().map(Shown::id).toList();
  }

  /**
   * Reads every kind under {@code reading} (in small pages, and one by one with get), checks that
   * the fixture rows returned and their full/coded split are exactly as expected, that coded rows
   * hold no canary value and full rows all of theirs; returns what was seen of the fixture.
   */
  private static Map<UUID, Boolean> assertReads(Reading reading, Predicate<UUID> visible, Predicate<UUID> full) {
    Map<UUID, Boolean> expected = new TreeMap<>();
    for (UUID id : oracle.ids()) {
      if (visible.test(id)) {
        expected.put(id, full.test(id));
      }
    }
    Map<UUID, Boolean> seen = readAll(reading);
    assertThat(seen).as(reading.toString()).isEqualTo(expected);
    return seen;
  }

  private static Map<UUID, Boolean> readAll(Reading reading) {
    Map<UUID, Boolean> seen = new TreeMap<>();
    collect(store.persons(), oracle.persons.keySet(), reading, seen);
    collect(store.sources(), oracle.sources.keySet(), reading, seen);
    collect(store.incidents(), oracle.incidents.keySet(), reading, seen);
    collect(store.detentions(), oracle.detentions.keySet(), reading, seen);
    collect(store.relationships(), oracle.relationships.keySet(), reading, seen);
    return seen;
  }

  private static <T> void collect(RecordStore<T, ?> records, Set<UUID> fixtureIds, Reading reading,
      Map<UUID, Boolean> seen) {
    List<Shown<T>> all = new ArrayList<>();
    UUID after = null;
    do {
      Slice<Shown<T>> slice = records.list(new ListQuery(Map.of(), 7, after), reading);
      all.addAll(slice.items());
      after = slice.after();
    } while (after != null);
    Set<UUID> listed = new java.util.HashSet<>();
    for (Shown<T> s : all) {
      assertThat(listed.add(s.id())).as("listed once").isTrue();
      if (!fixtureIds.contains(s.id())) {
        continue;
      }
      String text = JSON.writeValueAsString(s.record());
      if (s.full()) {
        fx.canaries.get(s.id()).forEach(canary -> assertThat(text).contains(canary));
      } else {
        assertNoCanary(text, fx.allCanaries());
      }
      seen.put(s.id(), s.full());
    }
    for (UUID id : fixtureIds) {
      Boolean listedFull = seen.get(id);
      var one = records.get(id, reading);
      if (listedFull == null) {
        assertThat(one).as("get agrees with list").isEmpty();
      } else {
        assertThat(one).as("get agrees with list").get().extracting(Shown::full).isEqualTo(listedFull);
      }
    }
  }

  private static void assertNoCanary(String text, List<String> canaries) {
    for (String canary : canaries) {
      assertThat(text).as("coded record").doesNotContain(canary);
    }
  }
}
