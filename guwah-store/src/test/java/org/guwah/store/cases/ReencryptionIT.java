package org.guwah.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.guwah.core.consent.Consent;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReencryptionIT {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
  private static final List<String> KINDS = List.of("person", "source", "incident", "detention", "relationship");

  @TempDir Path keysDir;
  FreshDatabase fresh;
  Database db;
  KeyRing keys;
  CaseStore store;

  @BeforeEach
  void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    keys = KeyRing.create(keysDir);
    store = CaseStore.create(db.jdbi(), keys, CLOCK, new Ids(CLOCK, new Random(11)));
  }

  @AfterEach
  void close() {
    db.close();
    fresh.close();
  }

  private static Person relative(int i) {
    return new Person(null, 0, List.of(new PersonName("Aygul Tursun " + i, "ULY", null)), "FEMALE",
        FuzzyDate.parse("1950"), null, "UYGHUR", new Place("CN", "653121", null, null), null, List.of(), null, null,
        true, null, "note " + i, List.of());
  }

  /** Every kind: {@code persons} persons, and a source, incident, detention and relationship per pair. */
  private Map<UUID, Object> fill(int persons) {
    Map<UUID, Object> all = new java.util.LinkedHashMap<>();
    store.inTransaction(h -> {
      List<Person> made = new ArrayList<>();
      for (int i = 0; i < persons; i++) {
        Person p = store.persons().create(h, CaseStoreIT.canaryPerson());
        Person r = store.persons().create(h, relative(i));
        made.add(p);
        made.add(r);
        Source s = store.sources().create(h, new Source(null, 0, "INTERVIEW", p.id(), "CHILD",
            FuzzyDate.parse("2019-03"), "ug", null, Consent.none(), "Interview " + i, null,
            CaseStoreIT.CANARY_TESTIMONY));
        Incident in = store.incidents().create(h, new Incident(null, 0, List.of("THREAT_FAMILY"), "WECHAT",
            "XINJIANG_POLICE", "CN", p.id(), List.of(r.id()), FuzzyDate.parse("2018"), "TR", "Istanbul",
            "They asked for my passport " + i, List.of(s.id())));
        Detention d = store.detentions().create(h, new Detention(null, 0, r.id(), "SENTENCED",
            FuzzyDate.parse("2017-11"), new Place("CN", "653121", null, null), "Prison 4",
            List.of("RELATIVE_ABROAD"), "because her son lives abroad", "picking quarrels", 180, List.of(s.id())));
        Relationship t = store.relationships().create(h, new Relationship(null, 0, r.id(), "PARENT", p.id(),
            List.of(s.id())));
        all.put(s.id(), s);
        all.put(in.id(), in);
        all.put(d.id(), d);
        all.put(t.id(), t);
      }
      made.forEach(p -> all.put(p.id(), p));
      return null;
    });
    return all;
  }

  private Object read(CaseStore from, Object record) {
    if (record instanceof Person p) {
      return from.persons().get(p.id()).orElseThrow();
    } else if (record instanceof Source s) {
      return from.sources().get(s.id()).orElseThrow();
    } else if (record instanceof Incident i) {
      return from.incidents().get(i.id()).orElseThrow();
    } else if (record instanceof Detention d) {
      return from.detentions().get(d.id()).orElseThrow();
    }
    return from.relationships().get(((Relationship) record).id()).orElseThrow();
  }

  private long rowsNotUnderPrimary() {
    return db.jdbi().withHandle(h -> {
      long n = 0;
      for (String kind : KINDS) {
        for (byte[] identity : h.createQuery("select identity from " + kind).mapTo(byte[].class).list()) {
          n += keys.fieldCipher().sealedWithPrimary(identity) ? 0 : 1;
        }
      }
      return n;
    });
  }

  private Map<String, List<Object>> versionsAndTimes() {
    Map<String, List<Object>> m = new java.util.TreeMap<>();
    db.jdbi().useHandle(h -> {
      for (String kind : KINDS) {
        h.createQuery("select id::text || ' ' || version || ' ' || updated_at::text from " + kind)
            .mapTo(String.class).forEach(s -> m.put(s, List.of()));
      }
    });
    return m;
  }

  @Test
  void afterRotationEveryRowIsSealedUnderTheNewPrimaryAndReadsBackEqual() {
    Map<UUID, Object> stored = fill(30);
    stored.values().forEach(r -> read(store, r)); // warm the opened-records memory with old ciphertexts
    Map<String, List<Object>> before = versionsAndTimes();
    keys.rotate();
    assertThat(rowsNotUnderPrimary()).isEqualTo(stored.size());

    List<TableReencryption> seen = new CopyOnWriteArrayList<>();
    ReencryptionSummary summary = Reencryption.of(store, keys, CLOCK).withBatchSize(7).run(seen::add);

    assertThat(summary.cancelled()).isFalse();
    assertThat(summary.resealed()).isEqualTo(stored.size());
    assertThat(summary.done()).isEqualTo(stored.size());
    assertThat(summary.alreadyCurrent() + summary.changedMeanwhile() + summary.unreadable()).isZero();
    assertThat(summary.tables()).extracting(TableReencryption::kind)
        .containsExactly("person", "source", "incident", "detention", "relationship", "source_list", "list_row",
            Reencryption.ATTACHMENTS,
            Reencryption.SUBMISSIONS);
    assertThat(summary.tables().get(0).done()).isEqualTo(60);
    assertThat(seen.stream().filter(t -> t.kind().equals("person")).map(TableReencryption::done))
        .isSorted().contains(7L, 14L, 60L);
    assertThat(rowsNotUnderPrimary()).isZero();
    assertThat(versionsAndTimes()).isEqualTo(before);

    CaseStore freshStore = CaseStore.create(db.jdbi(), KeyRing.open(keysDir), CLOCK, Ids.system());
    for (Object record : stored.values()) {
      assertThat(read(store, record)).isEqualTo(record);
      assertThat(read(freshStore, record)).isEqualTo(record);
    }

    ReencryptionSummary again = Reencryption.of(store, keys, CLOCK).run(ReencryptionListener.none());
    assertThat(again.alreadyCurrent()).isEqualTo(stored.size());
    assertThat(again.resealed()).isZero();
  }

  private static Person withNotes(Person p, String notes) {
    return new Person(p.id(), p.version(), p.names(), p.sex(), p.birth(), p.age(), p.ethnicity(), p.home(),
        p.residenceCountry(), p.contacts(), p.idNumber(), p.identityLevel(), p.protectedThirdParty(), p.consent(),
        notes, p.sourceIds());
  }

  @Test
  void concurrentUpdatesDuringTheJobAreNotLost() throws Exception {
    fill(400);
    List<Person> persons = store.persons().list(ListQuery.first(100)).items();
    keys.rotate();
    AtomicBoolean stop = new AtomicBoolean();
    Map<UUID, Person> last = new java.util.concurrent.ConcurrentHashMap<>();
    Thread writer = new Thread(() -> {
      int round = 0;
      while (!stop.get() || round < 3) {
        for (Person p : persons) {
          Person current = last.getOrDefault(p.id(), p);
          Person next = store.persons().update(p.id(), withNotes(current, "round " + round));
          last.put(p.id(), next);
        }
        round++;
      }
    }, "test-writer");
    writer.start();

    ReencryptionRun run = Reencryption.of(store, keys, CLOCK).withBatchSize(50).start(ReencryptionListener.none());
    ReencryptionSummary summary = run.result().get(2, TimeUnit.MINUTES);
    stop.set(true);
    writer.join(TimeUnit.MINUTES.toMillis(2));

    assertThat(run.state()).isEqualTo(ReencryptionRun.State.FINISHED);
    assertThat(run.finishedAt()).isPresent();
    assertThat(summary.unreadable()).isZero();
    assertThat(summary.done()).isEqualTo(summary.resealed() + summary.alreadyCurrent() + summary.changedMeanwhile());
    assertThat(rowsNotUnderPrimary()).isZero();
    CaseStore freshStore = CaseStore.create(db.jdbi(), KeyRing.open(keysDir), CLOCK, Ids.system());
    for (Person p : persons) {
      assertThat(freshStore.persons().get(p.id())).contains(last.get(p.id()));
      assertThat(store.persons().get(p.id())).contains(last.get(p.id()));
    }
    for (UUID id : db.jdbi().withHandle(h -> h.createQuery("select id from person").mapTo(UUID.class).list())) {
      assertThat(freshStore.persons().get(id)).isPresent();
    }
  }

  @Test
  void aCancelledRunStopsAndEverythingStillReads() throws Exception {
    Map<UUID, Object> stored = fill(40);
    keys.rotate();
    AtomicBoolean interrupted = new AtomicBoolean();
    ReencryptionSummary summary = Reencryption.of(store, keys, CLOCK).withBatchSize(5).run(t -> {
      if (t.done() >= 10 && !interrupted.getAndSet(true)) {
        Thread.currentThread().interrupt();
      }
    });
    Thread.interrupted();
    assertThat(summary.cancelled()).isTrue();
    assertThat(summary.resealed()).isEqualTo(10);
    assertThat(rowsNotUnderPrimary()).isEqualTo(stored.size() - 10);
    for (Object record : stored.values()) {
      assertThat(read(store, record)).isEqualTo(record);
    }
  }
}
