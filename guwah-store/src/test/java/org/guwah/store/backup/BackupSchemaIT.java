package org.guwah.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.ArrayList;
import java.util.UUID;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups beyond the case tables: tables the archive finds in the catalog by itself (here one with
 * an enum array, which needs text COPY, an identity column, a generated column, a trigger that
 * rejects every write, and a materialized view over it), schema versions that do not fit, and a
 * snapshot taken while others write.
 */
class BackupSchemaIT {
  static final String PROBE = """
      create type backup_mood as enum ('calm', 'wary', 'afraid');
      create table backup_probe (
        id      bigint generated always as identity primary key,
        moods   backup_mood[] not null,
        mood    backup_mood,
        note    text,
        amount  numeric(12, 3),
        seen    timestamptz,
        doubled bigint generated always as (id * 2) stored
      );
      create function backup_probe_reject() returns trigger language plpgsql as $$
      begin
        raise exception 'backup_probe is read-only';
      end
      $$;
      create materialized view backup_probe_summary as select count(*) as n from backup_probe;
      """;
  static final String READ_ONLY = "create trigger backup_probe_read_only before insert or update or delete"
      + " on backup_probe for each row execute function backup_probe_reject()";

  @TempDir static Path work;
  static KeyRing keys;
  static Backups backups = Backups.of(Clock.systemUTC(), new SecureRandom());

  @BeforeAll
  static void keys() {
    keys = KeyRing.create(work.resolve("keys"));
  }

  static CaseStore store(Database db) {
    return CaseStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system());
  }

  @Test
  void aTableAddedOutsideTheCaseStoreRoundTripsWithItsTriggerSequenceAndView() {
    try (FreshDatabase sourceFresh = TestDatabases.create(); FreshDatabase targetFresh = TestDatabases.create()) {
      Database source = sourceFresh.open();
      CaseFixture.populate(store(source), 3);
      source.jdbi().useHandle(h -> {
        h.execute(PROBE);
        h.execute("insert into backup_probe (moods, mood, note, amount, seen) values"
            + " ('{calm,afraid}', 'wary', e'line one\\nline two\\ttab \\\\ backslash', 12.5, '2024-02-29 23:59:59.999999+05:30'),"
            + " ('{}', null, null, null, null),"
            + " ('{afraid,null,calm}', 'calm', 'ئۇيغۇر 维吾尔 \\N', -0.001, '1970-01-01 00:00:00+00')");
        h.execute("delete from backup_probe where id = 2");
        h.execute("insert into backup_probe (moods) values ('{wary}')");
        h.execute(READ_ONLY);
        h.execute("refresh materialized view backup_probe_summary");
      });
      DatabaseContents original = DatabaseContents.of(source);
      Path archive = work.resolve("probe.backup");
      BackupSummary created = backups.create(source, keys, work.resolve("keys"), archive, BackupProgress.silent());
      assertThat(created.tables()).contains(new BackupSummary.TableCount("backup_probe", 3));
      assertThat(created.custodyIncluded()).isFalse();

      Database target = targetFresh.open();
      target.jdbi().useHandle(h -> {
        h.execute(PROBE);
        h.execute(READ_ONLY);
      });
      assertThat(typeOid(target)).as("enum OIDs differ, so binary COPY of the enum array could not load")
          .isNotEqualTo(typeOid(source));

      backups.restore(archive, target, keys, BackupProgress.silent());

      assertThat(DatabaseContents.of(target)).isEqualTo(original);
      assertThat(one(target, "select n from backup_probe_summary", Long.class)).isEqualTo(3L);
      assertThat(one(target, "select tgenabled from pg_trigger where tgname = 'backup_probe_read_only'", String.class))
          .isEqualTo("O");
      assertThatThrownBy(() -> target.jdbi().useHandle(h -> h.execute("delete from backup_probe")))
          .hasMessageContaining("backup_probe is read-only");
      long next = target.jdbi().withHandle(h -> h.createQuery(
          "select nextval(pg_get_serial_sequence('backup_probe', 'id'))").mapTo(Long.class).one());
      assertThat(next).isEqualTo(5);
      assertThat(one(target, "select string_agg(doubled::text, ',' order by id) from backup_probe", String.class))
          .isEqualTo("2,6,8");
    }
  }

  static <T> T one(Database db, String sql, Class<T> type) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).one());
  }

  private static long typeOid(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select 'backup_mood'::regtype::oid::bigint").mapTo(Long.class).one());
  }

  @Test
  void aTargetLackingATableOfTheArchiveIsRefused() {
    try (FreshDatabase sourceFresh = TestDatabases.create(); FreshDatabase targetFresh = TestDatabases.create()) {
      Database source = sourceFresh.open();
      source.jdbi().useHandle(h -> h.execute(PROBE));
      Path archive = work.resolve("lacking.backup");
      backups.create(source, keys, work, archive, BackupProgress.silent());
      Database target = targetFresh.open();
      DatabaseContents before = DatabaseContents.of(target);

      assertThatThrownBy(() -> backups.restore(archive, target, keys, BackupProgress.silent()))
          .isInstanceOf(RestoreRefusedException.class)
          .hasMessageContaining("does not match the archive: it lacks tables backup_probe");
      assertThat(DatabaseContents.of(target)).isEqualTo(before);
    }
  }

  @Test
  void aTargetNewerThanTheArchiveIsRefusedAndAnArchiveNewerThanThisBuildIsReported() {
    try (FreshDatabase sourceFresh = TestDatabases.create(); FreshDatabase targetFresh = TestDatabases.create();
        FreshDatabase emptyFresh = TestDatabases.create()) {
      Database source = sourceFresh.open();
      String latest = source.schemaVersion().orElseThrow();
      source.jdbi().useHandle(h -> h.execute("update flyway_schema_history set version = '999' where version = ?", latest));
      Path future = work.resolve("future.backup");
      assertThat(backups.create(source, keys, work, future, BackupProgress.silent()).schemaVersion()).isEqualTo("999");
      source.jdbi().useHandle(h -> h.execute("update flyway_schema_history set version = ? where version = '999'", latest));

      try (Database empty = Database.open(emptyFresh.options(work, 2))) {
        assertThatThrownBy(() -> backups.restore(future, empty, keys, BackupProgress.silent()))
            .isInstanceOf(BackupFailedException.class)
            .hasMessageContaining("has no migration to schema version 999");
      }

      source.jdbi().useHandle(h -> h.execute(
          "delete from flyway_schema_history where installed_rank = (select max(installed_rank) from flyway_schema_history)"));
      Path older = work.resolve("older.backup");
      String previous = backups.create(source, keys, work, older, BackupProgress.silent()).schemaVersion();
      assertThat(previous).isNotEqualTo(latest);
      Database target = targetFresh.open();
      assertThatThrownBy(() -> backups.restore(older, target, keys, BackupProgress.silent()))
          .isInstanceOf(RestoreRefusedException.class)
          .hasMessageContaining("has schema version " + latest + ", newer than the archive's " + previous);
    }
  }

  @Test
  void aDatabaseUserWhoMayNotKeepTriggersFromFiringIsRefusedUntilGranted() {
    String role = "guwah_t_plain_" + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);
    String password = "pw-" + UUID.randomUUID();
    FreshDatabase scratch = TestDatabases.create();
    FreshDatabase targetFresh = TestDatabases.create();
    try (FreshDatabase sourceFresh = TestDatabases.create();
        Database admin = Database.open(targetFresh.options(work, 1))) {
      Database source = sourceFresh.open();
      CaseFixture.populate(store(source), 3);
      DatabaseContents original = DatabaseContents.of(source);
      Path archive = work.resolve("plain-user.backup");
      backups.create(source, keys, work, archive, BackupProgress.silent());
      admin.jdbi().useHandle(h -> h.execute("create role " + role + " login password '" + password + "';"
          + " alter database " + targetFresh.name() + " owner to " + role + "; alter schema public owner to " + role));

      try (Database plain = Database.open(new DatabaseOptions(targetFresh.jdbcUrl(), role, password, work, 2))) {
        assertThatThrownBy(() -> backups.restore(archive, plain, keys, BackupProgress.silent()))
            .isInstanceOf(RestoreRefusedException.class)
            .hasMessageContaining("allowed to set session_replication_role")
            .hasMessageContaining("nothing was restored");
        assertThat(one(plain, "select count(*) from person", Long.class)).isZero();

        admin.jdbi().useHandle(h -> h.execute("grant set on parameter session_replication_role to " + role));
        backups.restore(archive, plain, keys, BackupProgress.silent());
        assertThat(DatabaseContents.of(plain)).isEqualTo(original);
      }
    } finally {
      targetFresh.close();
      try (Database cleanup = Database.open(scratch.options(work, 1))) {
        cleanup.jdbi().useHandle(h -> h.execute("do $$ begin"
            + " if exists (select 1 from pg_roles where rolname = '" + role + "') then"
            + "  revoke set on parameter session_replication_role from " + role + ";"
            + "  drop role " + role + ";"
            + " end if; end $$"));
      } finally {
        scratch.close();
      }
    }
  }

  @Test
  void theArchiveIsOneSnapshotWhileOthersWrite() throws Exception {
    try (FreshDatabase sourceFresh = TestDatabases.create(); FreshDatabase targetFresh = TestDatabases.create()) {
      Database source = sourceFresh.open();
      CaseStore store = store(source);
      CaseFixture.populate(store, 50);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger pairs = new AtomicInteger();
      ExecutorService writer = Executors.newSingleThreadExecutor();
      Future<?> writing = writer.submit(() -> {
        while (!stop.get()) {
          store.inTransaction(h -> {
            Person person = store.persons().create(h, new Person(null, 0, List.of(new PersonName("Pair " + pairs.get(), "ULY", null)),
                "MALE", FuzzyDate.parse("1901"), null, "UYGHUR", null, null, List.of(), null, null, true, null, null, List.of()));
            store.detentions().create(h, new Detention(null, 0, person.id(), "IN_CAMP", FuzzyDate.parse("2018"),
                new Place("CN", "653121", null, null), null, List.of(), null, null, null, List.of()));
            return null;
          });
          pairs.incrementAndGet();
        }
        return null;
      });
      try {
        while (pairs.get() < 20) {
          Thread.sleep(5);
        }
        List<Path> archives = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          Path archive = work.resolve("busy-" + i + ".backup");
          backups.create(source, keys, work, archive, BackupProgress.silent());
          archives.add(archive);
        }
        stop.set(true);
        writing.get();
        int before = pairs.get();
        Database target = targetFresh.open();
        backups.restore(archives.get(2), target, keys, BackupProgress.silent());
        long persons = target.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from person where birth_year_from = 1901").mapTo(Long.class).one());
        long detentions = target.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from detention d join person p on p.id = d.person_id where p.birth_year_from = 1901")
            .mapTo(Long.class).one());
        assertThat(persons).isEqualTo(detentions).isGreaterThanOrEqualTo(20).isLessThanOrEqualTo(before);
      } finally {
        stop.set(true);
        writer.shutdownNow();
      }
    }
  }
}
