package org.guwah.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.consent.ConsentStatus;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.sources.Source;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.IndexFeed;
import org.guwah.store.cases.RecordAccess;
import org.guwah.store.cases.Reencryption;
import org.guwah.store.cases.ReencryptionListener;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search outbox of migration V7: every write that changes what the index holds about a person or
 * source, or who may find it, queues the record in the writing transaction (whoever writes); a
 * re-seal under a rotated key queues nothing; removal takes exactly the entries read. And {@link
 * IndexFeed}: the access facts the index is built from.
 */
class SearchOutboxIT {
  @TempDir Path keysDir;
  FreshDatabase fresh;
  Database db;
  CaseStore store;
  KeyRing keys;
  SearchOutbox outbox;

  @BeforeEach
  void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    keys = KeyRing.create(keysDir.resolve("k"));
    store = CaseStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system());
    outbox = SearchOutbox.of(db.jdbi());
  }

  @AfterEach
  void close() {
    db.close();
    fresh.close();
  }

  static Consent granting(String... purposes) {
    Map<String, ConsentEntry> m = new java.util.HashMap<>();
    for (String p : purposes) {
      m.put(p, new ConsentEntry(ConsentStatus.GRANTED, LocalDate.of(2024, 1, 2), "WRITTEN", null));
    }
    return new Consent(m);
  }

  static Source source(Consent consent, UUID reporter) {
    return new Source(null, 0, "INTERVIEW", reporter, null, null, "ug", null, consent, null, null, "testimony text");
  }

  static Person person(boolean protectedThirdParty, List<UUID> sources, Consent consent) {
    return new Person(null, 0, List.of(new PersonName("Synthetic Name", "LATIN", null)), null, null, null, null, null,
        null, List.of(), null, null, protectedThirdParty, consent, null, sources);
  }

  Set<String> queued() {
    return outbox.all().stream().map(e -> e.kind() + ":" + e.recordId()).collect(Collectors.toSet());
  }

  @Test
  void writesQueueTheirRecordsAndTheRecordsWhoseAccessTheyChange() {
    assertThat(outbox.databaseId()).matches("[0-9a-f-]{36}");
    Source s = store.sources().create(source(granting("INTERNAL_ANALYSIS"), null));
    Person reporter = store.persons().create(person(false, List.of(), granting("INTERNAL_ANALYSIS")));
    assertThat(queued()).containsExactlyInAnyOrder("source:" + s.id(), "person:" + reporter.id());
    outbox.remove(outbox.all());
    assertThat(outbox.size()).isZero();

    // a protected relative citing the source changes who may read the source: both are queued
    Person relative = store.persons().create(person(true, List.of(s.id()), Consent.none()));
    assertThat(queued()).containsExactlyInAnyOrder("person:" + relative.id(), "source:" + s.id());
    outbox.remove(outbox.all());

    // a consent change of the source queues it; a share queues the shared record
    store.sources().update(s.id(), s.withConsent(granting("INTERNAL_ANALYSIS", "PARTNER_SHARING")));
    store.share("person", reporter.id(), UUID.randomUUID(), null);
    assertThat(queued()).containsExactlyInAnyOrder("source:" + s.id(), "person:" + reporter.id());
    outbox.remove(outbox.all());

    // re-sealing every record under a rotated field key changes nothing the index holds
    keys.rotate();
    Reencryption.of(store, keys, Clock.systemUTC()).run(ReencryptionListener.none());
    assertThat(outbox.size()).isZero();
  }

  @Test
  void removalTakesExactlyTheEntriesReadAndKeepsOnesQueuedAgain() {
    Source s = store.sources().create(source(granting("INTERNAL_ANALYSIS"), null));
    List<SearchOutbox.Entry> read = outbox.pending(10);
    assertThat(read).hasSize(1);
    store.sources().update(s.id(), store.sources().get(s.id()).orElseThrow().withConsent(Consent.none()));
    assertThat(outbox.remove(read)).isZero();
    List<SearchOutbox.Entry> again = outbox.pending(10);
    assertThat(again).hasSize(1);
    assertThat(again.get(0).seq()).isGreaterThan(read.get(0).seq());
    assertThat(outbox.remove(again)).isEqualTo(1);
    assertThat(outbox.size()).isZero();
  }

  @Test
  void rebuildRequestsAreRememberedUntilDone() {
    assertThat(outbox.rebuildRequested()).isEmpty();
    outbox.requestRebuild();
    java.time.Instant at = outbox.rebuildRequested().orElseThrow();
    outbox.rebuildDone(at);
    assertThat(outbox.rebuildRequested()).isEmpty();
  }

  @Test
  void theFeedGivesEachRecordItsAccess() {
    UUID documenter = UUID.randomUUID();
    UUID partner = UUID.randomUUID();
    Source open = store.sources().create(source(granting("INTERNAL_ANALYSIS", "PARTNER_SHARING"), null), documenter);
    Person relative = store.persons().create(person(true, List.of(), Consent.none()));
    Source aboutRelative = store.sources().create(source(granting("PARTNER_SHARING"), relative.id()));
    store.share("source", open.id(), partner, documenter);
    store.share("source", aboutRelative.id(), partner, documenter);
    Map<UUID, RecordAccess> access = db.jdbi().withHandle(h -> IndexFeed.create()
        .access(h, store.sources(), Set.of(open.id(), aboutRelative.id(), UUID.randomUUID())));

    assertThat(access).hasSize(2);
    assertThat(access.get(open.id()).createdBy()).isEqualTo(documenter);
    assertThat(access.get(open.id()).purposes()).containsExactlyInAnyOrder("INTERNAL_ANALYSIS", "PARTNER_SHARING");
    assertThat(access.get(open.id()).partners()).containsExactly(partner);
    assertThat(access.get(open.id()).involvingProtectedThirdParty()).isFalse();
    assertThat(access.get(aboutRelative.id()).createdBy()).isNull();
    assertThat(access.get(aboutRelative.id()).involvingProtectedThirdParty()).isTrue();
    assertThat(access.get(aboutRelative.id()).partners()).containsExactly(partner);
    List<IndexFeed.Fed<Source>> page = db.jdbi().withHandle(h -> IndexFeed.create().page(h, store.sources(), null, 10));
    assertThat(page).hasSize(2);
    assertThat(page.get(0).record().testimony()).isEqualTo("testimony text");
  }
}
