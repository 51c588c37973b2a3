package org.guwah.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.guwah.store.audit.AuditProblem.Kind;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit chain on PostgreSQL: concurrent writers, the append-only triggers, and an attacker who
 * owns the database (disables the triggers, edits, deletes, swaps, forges rows) but not the key.
 */
class AuditLogIT {
  static final byte[] KEY = "audit-it-chain-key-16+".getBytes(StandardCharsets.US_ASCII);
  static final Clock CLOCK = Clock.systemUTC();

  static FreshDatabase fresh;
  static Database db;
  /** A second pool on the same database: the writers of another process. */
  static Database other;

  @TempDir Path dir;
  Path anchor;
  AuditLog log;

  @BeforeAll
  static void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    other = fresh.open();
    db.jdbi().useHandle(h -> h.execute("create table audit_it_probe (id integer primary key)"));
  }

  @AfterAll
  static void close() {
    fresh.close();
  }

  @BeforeEach
  void emptyChain() {
    tamper("truncate audit_event", "update audit_head set seq = 0, mac = decode(repeat('00', 32), 'hex')",
        "delete from audit_it_probe");
    anchor = dir.resolve("audit.anchor");
    log = AuditLog.open(db, KEY, CLOCK, anchor);
  }

  /** Runs statements as a database owner who switched the append-only triggers off. */
  static void tamper(String... statements) {
    db.jdbi().useTransaction(h -> {
      h.execute("alter table audit_event disable trigger user");
      h.execute("alter table audit_head disable trigger user");
      for (String sql : statements) {
        h.execute(sql);
      }
      h.execute("alter table audit_event enable trigger user");
      h.execute("alter table audit_head enable trigger user");
    });
  }

  static AuditEntry entry(int i) {
    return AuditEntry.of(i % 3 == 0 ? AuditEntry.CLI : AuditEntry.account(new UUID(7, i % 5)),
            i % 2 == 0 ? AuditAction.READ_IDENTITY : AuditAction.UPDATE)
        .withKind("person")
        .withRecords(List.of(new UUID(0x0190_0000_0000_7000L, i), new UUID(0x0190_0000_0000_7000L, i + 1)))
        .withPurpose("INTERNAL_ANALYSIS")
        .withDetail("count", i)
        .withDetail("via", "api.v1");
  }

  void appendTen() {
    for (int i = 1; i <= 10; i++) {
      log.append(entry(i));
    }
  }

  static AuditProblem p(long seq, Kind kind) {
    return new AuditProblem(seq, kind);
  }

  static long count(String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void anIntactChainVerifiesAndItsEntriesReadBack() {
    Instant before = CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    appendTen();
    AuditVerification v = log.verify();
    assertThat(v.ok()).as(v.problems().toString()).isTrue();
    assertThat(v.entriesChecked()).isEqualTo(10);
    assertThat(v.lastSeq()).isEqualTo(10);
    assertThat(log.lastSeq()).isEqualTo(10);

    List<AuditRecord> listed = log.list(3, 2);
    assertThat(listed).extracting(AuditRecord::seq).containsExactly(3L, 4L);
    assertThat(listed).extracting(AuditRecord::entry).containsExactly(entry(3), entry(4));
    assertThat(listed.get(0).at()).isBetween(before, CLOCK.instant());
    assertThat(listed.get(0).at().getNano() % 1000).isZero();
    assertThat(log.tail(3)).extracting(AuditRecord::seq).containsExactly(8L, 9L, 10L);
    assertThat(log.tail(100)).hasSize(10);
    assertThat(log.list(11, 5)).isEmpty();
    assertThatThrownBy(() -> log.tail(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAppendOnlyTriggersRefuseChanges() {
    appendTen();
    for (String sql : List.of("update audit_event set actor = 'system' where seq = 2",
        "delete from audit_event where seq = 10", "truncate audit_event",
        "delete from audit_head", "truncate audit_head")) {
      assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(sql)))
          .as(sql)
          .hasStackTraceContaining("append-only")
          .hasRootCauseInstanceOf(java.sql.SQLException.class)
          .satisfies(e -> assertThat(((java.sql.SQLException) org.assertj.core.util.Throwables
              .getRootCause(e)).getSQLState()).isEqualTo("42501"));
    }
    assertThat(log.verify().ok()).isTrue();
  }

  @Test
  void concurrentAppendersInSeveralProcessesFormOneValidChain() throws Exception {
    AuditLog second = AuditLog.open(other, KEY, CLOCK, anchor);
    int threads = 16;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          AuditEntry e = entry(thread * perThread + i);
          if (i % 10 == 9) {
            // a record write and its entry in one transaction
            (thread % 2 == 0 ? db : other).jdbi().useTransaction(h -> log.appendWithin(h, e));
          } else if (i % 10 == 8) {
            log.append(e, e.withDetail("count", 0));
          } else {
            (thread % 2 == 0 ? log : second).append(e);
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long total = threads * perThread + threads * (perThread / 10);
    AuditVerification v = log.verify();
    assertThat(v.ok()).as(v.problems().toString()).isTrue();
    assertThat(v.entriesChecked()).isEqualTo(total);
    assertThat(count("select count(distinct seq) from audit_event where seq between 1 and " + total))
        .isEqualTo(total);
    assertThat(Files.readString(anchor)).contains("seq=" + total + "\n");
    assertThat(count("select count(distinct at) from audit_event")).as("group commit").isLessThan(total);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "actor = overlay(actor placing chr(ascii(substr(actor, 1, 1)) # 1) from 1 for 1)",
      "action = overlay(action placing chr(ascii(substr(action, 2, 1)) # 1) from 2 for 1)",
      "kind = overlay(kind placing chr(ascii(substr(kind, 1, 1)) # 1) from 1 for 1)",
      "purpose = overlay(purpose placing chr(ascii(substr(purpose, 3, 1)) # 1) from 3 for 1)",
      "detail = jsonb_set(detail, '{count}', to_jsonb((detail->>'count')::bigint # 1))",
      "detail = jsonb_set(detail, '{via}', to_jsonb('api.v2'::text))",
      "record_ids[2] = overlay(record_ids[2]::text placing case when right(record_ids[2]::text, 1) = '0'"
          + " then '1' else '0' end from 36 for 1)::uuid",
      "at = at + interval '1 microsecond'",
      "mac = set_byte(mac, 0, get_byte(mac, 0) # 1)",
      "prev_mac = set_byte(prev_mac, 31, get_byte(prev_mac, 31) # 1)"})
  void aOneByteEditInAnyColumnIsFoundAtItsSeq(String change) {
    appendTen();
    tamper("update audit_event set " + change + " where seq = 5");
    assertThat(count("select count(*) from audit_event")).isEqualTo(10);
    assertThat(log.verify().problems()).containsExactly(p(5, Kind.EDITED));
  }

  @Test
  void aDeletedMiddleEntryIsMissing() {
    appendTen();
    tamper("delete from audit_event where seq = 5");
    AuditVerification v = log.verify();
    assertThat(v.problems()).containsExactly(p(5, Kind.MISSING));
    assertThat(v.entriesChecked()).isEqualTo(9);
  }

  @Test
  void aDeletedLastEntryIsTruncatedAndTheAnchorCatchesARewoundHead() {
    appendTen();
    tamper("delete from audit_event where seq = 10",
        "update audit_head set seq = 9, mac = (select mac from audit_event where seq = 9)");
    assertThat(log.verify().problems()).containsExactly(p(10, Kind.TRUNCATED));
    // without the anchor the rewound chain is consistent: that is what the anchor is for
    assertThat(AuditLog.open(db, KEY, CLOCK, null).verify().ok()).isTrue();
  }

  @Test
  void aDeletedLastEntryWithTheHeadLeftIsTruncatedEvenWithoutAnchor() {
    appendTen();
    tamper("delete from audit_event where seq = 10");
    assertThat(AuditLog.open(db, KEY, CLOCK, null).verify().problems()).containsExactly(p(10, Kind.TRUNCATED));
  }

  @Test
  void swappedEntriesAreReordered() {
    appendTen();
    tamper("update audit_event e set at = o.at, actor = o.actor, action = o.action, kind = o.kind,"
        + " record_ids = o.record_ids, purpose = o.purpose, detail = o.detail, prev_mac = o.prev_mac,"
        + " mac = o.mac from audit_event o where (e.seq = 3 and o.seq = 7) or (e.seq = 7 and o.seq = 3)");
    assertThat(log.verify().problems()).containsExactly(p(3, Kind.REORDERED), p(7, Kind.REORDERED));
  }

  @Test
  void aForgedEntryAfterTheLastIsInserted() {
    appendTen();
    tamper("insert into audit_event select 11, at, 'system', action, kind, record_ids, purpose, detail, mac,"
        + " decode(repeat('ab', 32), 'hex') from audit_event where seq = 10");
    assertThat(log.verify().problems()).containsExactly(p(11, Kind.INSERTED));
  }

  @Test
  void aForgedEntryPushedIntoTheMiddleIsInserted() {
    appendTen();
    tamper("update audit_event set seq = seq + 1000000 where seq >= 4",
        "update audit_event set seq = seq - 999999 where seq > 1000000",
        "insert into audit_event select 4, at, 'system', action, kind, record_ids, purpose, detail, mac,"
            + " decode(repeat('cd', 32), 'hex') from audit_event where seq = 3",
        "update audit_head set seq = 11, mac = (select mac from audit_event where seq = 11)");
    assertThat(log.verify().problems()).containsExactly(p(4, Kind.INSERTED));
  }

  @Test
  void appendWithinCommitsAndRollsBackWithTheCallersTransaction() throws Exception {
    log.append(entry(1), entry(2));
    assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
      h.execute("insert into audit_it_probe values (1)");
      log.appendWithin(h, entry(3));
      throw new IllegalStateException("the record write failed");
    })).hasMessage("the record write failed");
    assertThat(count("select count(*) from audit_it_probe")).isZero();
    assertThat(count("select count(*) from audit_event")).isEqualTo(2);
    assertThat(log.lastSeq()).isEqualTo(2);
    assertThat(Files.readString(anchor)).contains("seq=2\n");

    db.jdbi().useTransaction(h -> {
      h.execute("insert into audit_it_probe values (2)");
      log.appendWithin(h, entry(4), entry(5));
    });
    assertThat(count("select count(*) from audit_it_probe")).isEqualTo(1);
    assertThat(Files.readString(anchor)).contains("seq=4\n");
    log.append(entry(6));
    AuditVerification v = log.verify();
    assertThat(v.ok()).as(v.problems().toString()).isTrue();
    assertThat(log.list(1, 10)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(log.list(3, 1).get(0).entry()).isEqualTo(entry(4));

    assertThatThrownBy(() -> db.jdbi().useHandle((Handle h) -> log.appendWithin(h, entry(7))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transaction");
  }

  @Test
  void verifyDuringConcurrentAppendsNeverRaisesAFalseAlarm() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(pool.submit(() -> {
        int i = 0;
        while (!stop.get()) {
          log.append(entry(i++));
        }
        return null;
      }));
    }
    try {
      for (int round = 0; round < 15; round++) {
        AuditVerification v = log.verify();
        assertThat(v.ok()).as("round %d: %s", round, v.problems()).isTrue();
      }
    } finally {
      stop.set(true);
      for (Future<?> f : writers) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
    }
    assertThat(log.verify().entriesChecked()).isPositive();
  }

  @Test
  void aLongChainIsVerifiedByStreaming() {
    List<AuditEntry> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(entry(i));
    }
    for (int b = 0; b < 30; b++) {
      log.append(batch);
    }
    long t0 = System.nanoTime();
    AuditVerification v = log.verify();
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(v.ok()).isTrue();
    assertThat(v.entriesChecked()).isEqualTo(30_000);
    System.out.printf("verified 30,000 entries in %.2f s%n", seconds);
  }

  @Test
  void aWrongKeyFindsEveryEntryEdited() {
    appendTen();
    AuditVerification v =
        AuditLog.open(db, "another-chain-key-xyz".getBytes(StandardCharsets.US_ASCII), CLOCK, null).verify();
    assertThat(v.problems()).hasSize(10).extracting(AuditProblem::kind).containsOnly(Kind.EDITED);
  }

  @Test
  void plantedTextIsNeitherListedNorAcceptedAndTheTableHoldsNoIdentityValue() {
    appendTen();
    for (String canary : List.of("Qanarimemet Canaryjan", "卡纳热麦麦提", "+90 555 019 7311")) {
      assertThatThrownBy(() -> log.append(AuditEntry.of(canary, AuditAction.LOGIN)))
          .isInstanceOf(InvalidAuditEntryException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(canary));
    }
    String dump = db.jdbi().withHandle(h ->
        h.createQuery("select string_agg(e::text, E'\\n') from audit_event e").mapTo(String.class).one());
    assertThat(dump).doesNotContain("Qanarimemet", "卡纳热", "019 7311");

    tamper("update audit_event set actor = 'Qanarimemet Canaryjan' where seq = 9");
    List<AuditRecord> tail = log.tail(2);
    assertThat(tail.get(0).readable()).isFalse();
    assertThat(tail.get(0).entry()).isNull();
    assertThat(tail.get(1).entry()).isEqualTo(entry(10));
    Set<Kind> kinds = new HashSet<>();
    log.verify().problems().forEach(pr -> kinds.add(pr.kind()));
    assertThat(kinds).containsExactly(Kind.EDITED);
  }
}
