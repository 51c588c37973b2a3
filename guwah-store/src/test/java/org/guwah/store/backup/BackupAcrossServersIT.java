package org.guwah.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import org.guwah.core.ids.Ids;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.store.db.Durability;
import org.guwah.store.db.EmbeddedPostgresServer;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive made on the embedded PostgreSQL (18) restores on the external server (e.g. 15) and
 * back: binary COPY of the built-in types does not depend on the server version. Runs in the
 * external pass only, with its own embedded server beside the external one.
 */
class BackupAcrossServersIT {
  @TempDir static Path work;
  static EmbeddedPostgresServer embedded;
  static KeyRing keys;
  static Backups backups = Backups.of(Clock.systemUTC(), new SecureRandom());

  @BeforeAll
  static void startEmbedded() {
    Assumptions.assumeTrue(TestDatabases.kind().equals("external"), "needs the external server beside the embedded one");
    embedded = EmbeddedPostgresServer.start(work.resolve("pg"), Durability.THROWAWAY);
    keys = KeyRing.create(work.resolve("keys"));
  }

  @AfterAll
  static void stopEmbedded() {
    if (embedded != null) {
      embedded.close();
    }
  }

  static Database embeddedDatabase(String name) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", embedded.user());
    credentials.setProperty("password", embedded.password());
    try (Connection admin = DriverManager.getConnection(embedded.jdbcUrl("postgres"), credentials);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    }
    return Database.open(DatabaseOptions.external(embedded.jdbcUrl(name), embedded.user(), embedded.password(), 4));
  }

  static String major(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select current_setting('server_version_num')").mapTo(String.class).one())
        .substring(0, 2);
  }

  static void roundTrip(Database source, Database target, String name) {
    CaseFixture.populate(CaseStore.create(source.jdbi(), keys, Clock.systemUTC(), Ids.system()), 30);
    DatabaseContents original = DatabaseContents.of(source);
    Path archive = work.resolve(name + ".backup");
    backups.create(source, keys, work.resolve("keys"), archive, BackupProgress.silent());

    backups.restore(archive, target, keys, BackupProgress.silent());

    assertThat(DatabaseContents.of(target)).isEqualTo(original);
    BackupsIT.assertSameRecordsOf(CaseStore.create(source.jdbi(), keys, Clock.systemUTC(), Ids.system()),
        CaseStore.create(target.jdbi(), keys, Clock.systemUTC(), Ids.system()));
  }

  @Test
  void fromTheEmbeddedServerToTheExternalOne() throws SQLException {
    try (Database source = embeddedDatabase("cross_source"); FreshDatabase targetFresh = TestDatabases.create();
        Database target = Database.open(targetFresh.options(work, 4))) {
      source.migrate();
      System.out.println("embedded PostgreSQL " + major(source) + " -> external PostgreSQL " + major(target));
      roundTrip(source, target, "embedded-to-external");
    }
  }

  @Test
  void fromTheExternalServerToTheEmbeddedOne() throws SQLException {
    try (FreshDatabase sourceFresh = TestDatabases.create(); Database target = embeddedDatabase("cross_target")) {
      Database source = sourceFresh.open();
      System.out.println("external PostgreSQL " + major(source) + " -> embedded PostgreSQL " + major(target));
      roundTrip(source, target, "external-to-embedded");
    }
  }
}
