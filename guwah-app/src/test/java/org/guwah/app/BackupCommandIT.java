package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.guwah.core.ids.Ids;
import org.guwah.store.backup.Backups;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.app.InProcessCli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guwah backup create|verify|restore|custody` on real databases and files, as a user runs them. */
class BackupCommandIT {
  @TempDir Path work;
  FreshDatabase source;
  FreshDatabase target;
  Path keys;
  Path archive;

  @BeforeEach
  void databases() {
    source = TestDatabases.create();
    target = TestDatabases.create();
    keys = work.resolve("keys");
    archive = work.resolve("guwah.backup");
  }

  @AfterEach
  void drop() {
    source.close();
    target.close();
  }

  Run guwah(FreshDatabase db, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", GuwahProcess.dbUrl(db), "--data", data(db).toString(), "--keys", keys.toString()));
    return InProcessCli.run(null, all);
  }

  /** Each database has its own data folder (which holds its audit anchor). */
  Path data(FreshDatabase db) {
    Path data = work.resolve(db == source ? "data-source" : "data-target");
    try {
      return Files.createDirectories(data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  List<String> auditActions(FreshDatabase db) throws Exception {
    List<String> actions = new ArrayList<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(GuwahProcess.dbUrl(db));
        java.sql.ResultSet rs = c.createStatement().executeQuery("select action from audit_event order by seq")) {
      while (rs.next()) {
        actions.add(rs.getString(1));
      }
    }
    return actions;
  }

  void loadDemo() {
    Database db = source.open();
    ServeCommand.loadDemo(CaseStore.create(db.jdbi(), KeyRing.open(keys), Clock.systemUTC(), Ids.system()), 7);
  }

  @Test
  void anArchiveRestoresIntoANewDatabaseAsTheSameRecords() throws Exception {
    assertThat(guwah(source, "keys", "init").exit()).isZero();
    split();
    loadDemo();

    Run created = guwah(source, "backup", "create", archive.toString());
    assertThat(created.exit()).as(created.all()).isZero();
    assertThat(created.out()).contains("wrote " + archive, "rows in", "custody file included",
        "opens only with the keys folder");
    assertThat(created.err()).contains("backing up");
    assertThat(Files.getPosixFilePermissions(archive)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

    Run verified = guwah(source, "backup", "verify", archive.toString());
    assertThat(verified.exit()).as(verified.all()).isZero();
    assertThat(verified.out()).contains("backup " + archive + " is intact");

    Run restored = guwah(target, "backup", "restore", archive.toString());
    assertThat(restored.exit()).as(restored.all()).isZero();
    assertThat(restored.out()).contains("restored " + archive);
    assertThat(restored.err()).contains("restoring", "checking");

    List<String> sourceAudit = auditActions(source);
    assertThat(sourceAudit).last().isEqualTo("backup_create");
    assertThat(auditActions(target)).containsExactlyElementsOf(
        List.of(sourceAudit.subList(0, sourceAudit.size() - 1), List.of("backup_restore")).stream()
            .flatMap(List::stream).toList());
    Run audit = guwah(target, "audit", "verify");
    assertThat(audit.exit()).as(audit.all()).isZero();

    Path before = work.resolve("source.json");
    Path after = work.resolve("target.json");
    assertThat(guwah(source, "export", "json", "--all", "--out", before.toString()).exit()).isZero();
    assertThat(guwah(target, "export", "json", "--all", "--out", after.toString()).exit()).isZero();
    assertThat(Files.size(before)).isGreaterThan(100_000);
    assertThat(Files.readString(after)).isEqualTo(Files.readString(before));

    Run again = guwah(target, "backup", "restore", archive.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("guwah: the target database already holds data", "nothing was changed");
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndADamagedArchiveIsRefusedInOneLine() throws Exception {
    assertThat(guwah(source, "keys", "init").exit()).isZero();
    loadDemo();
    Files.writeString(archive, "precious");
    Run refused = guwah(source, "backup", "create", archive.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("already exists").contains("not overwritten");
    assertThat(Files.readString(archive)).isEqualTo("precious");

    Path good = work.resolve("good.backup");
    assertThat(guwah(source, "backup", "create", good.toString()).exit()).isZero();
    byte[] bytes = Files.readAllBytes(good);
    bytes[bytes.length / 2] ^= 0x01;
    Path damaged = work.resolve("damaged.backup");
    Files.write(damaged, bytes);

    for (String action : List.of("verify", "restore")) {
      Run run = guwah(target, "backup", action, damaged.toString());
      assertThat(run.exit()).as(action).isEqualTo(1);
      assertThat(run.err()).as(action).contains("guwah: backup archive " + damaged + " is damaged or was altered");
      assertThat(run.all()).as(action).doesNotContain("\tat ", "Exception");
    }
    assertThat(ImportKillIT.count(GuwahProcess.dbUrl(target))).isZero();
  }

  @Test
  void lostKeysComeBackFromTheCustodyFileInTheArchiveAndTwoShares() throws Exception {
    assertThat(guwah(source, "keys", "init").exit()).isZero();
    Path shares = split();
    loadDemo();
    assertThat(guwah(source, "backup", "create", archive.toString()).exit()).isZero();
    Files.move(keys, work.resolve("lost-keys"));

    Run restore = guwah(target, "backup", "restore", archive.toString());
    assertThat(restore.exit()).isEqualTo(2);
    assertThat(restore.err()).contains("holds no keys", "guwah backup custody " + archive, "guwah keys recover");

    Run custody = guwah(target, "backup", "custody", archive.toString());
    assertThat(custody.exit()).as(custody.all()).isZero();
    assertThat(Files.getPosixFilePermissions(keys.resolve(Backups.CUSTODY_FILE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    Run recover = guwah(target, "keys", "recover", "--share", shares.resolve("share-1-of-3.txt").toString(),
        "--share", shares.resolve("share-3-of-3.txt").toString());
    assertThat(recover.exit()).as(recover.all()).isZero();

    Run restored = guwah(target, "backup", "restore", archive.toString());
    assertThat(restored.exit()).as(restored.all()).isZero();
    Path before = work.resolve("source.json");
    Path after = work.resolve("target.json");
    assertThat(guwah(source, "export", "json", "--all", "--out", before.toString()).exit()).isZero();
    assertThat(guwah(target, "export", "json", "--all", "--out", after.toString()).exit()).isZero();
    assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
  }

  /** Splits the keys into 3 shares (any 2 open them), written outside the data and keys folders. */
  Path split() {
    Path shares = work.resolve("shares");
    Run split = guwah(source, "keys", "split", "--shares", "3", "--threshold", "2", "--out", shares.toString());
    assertThat(split.exit()).as(split.all()).isZero();
    return shares;
  }
}
