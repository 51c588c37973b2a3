package org.guwah.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts on one kept data directory: clean restart, stale pid files, and a JVM killed with
 * SIGKILL while its server keeps running. The server is independent of {@code guwah.test.db}, so
 * this runs only in the embedded pass.
 */
@EnabledIf("org.guwah.store.db.EmbeddedPostgresRestartIT#embeddedPass")
@TestMethodOrder(OrderAnnotation.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmbeddedPostgresRestartIT {
  @TempDir static Path dataDir;
  @TempDir static Path scratch;
  static String runningPidFile = "";

  static boolean embeddedPass() {
    return TestDatabases.kind().equals("embedded");
  }

  @Test
  @Order(1)
  void restartKeepsDataAndPassword() throws Exception {
    String password;
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
      password = server.password();
      execute(server, "CREATE TABLE restart_check (origin text NOT NULL)");
      execute(server, "INSERT INTO restart_check VALUES ('first')");
      runningPidFile = Files.readString(pidFile());
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
          .isInstanceOf(UnableToStartEmbeddedPostgresException.class)
          .hasMessageContaining("already served by this JVM");
    }
    assertThat(pidFile()).doesNotExist();
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
      assertThat(server.password()).isEqualTo(password);
      assertThat(origins(server)).containsExactly("first");
    }
  }

  @Test
  @Order(2)
  void startsOverStalePidFileOfDeadProcess() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    assertThat(finished.toHandle().isAlive()).isFalse();
    writeFakePidFile(finished.pid());

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
      assertThat(origins(server)).containsExactly("first");
      assertThat(recordedPid()).isNotEqualTo(finished.pid());
    }
  }

  @Test
  @Order(3)
  void startsOverPidFileNamingAnUnrelatedLiveProcess() throws Exception {
    Process unrelated = new ProcessBuilder("sleep", "120").start();
    try {
      writeFakePidFile(unrelated.pid());

      try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
        assertThat(origins(server)).containsExactly("first");
        assertThat(recordedPid()).isNotEqualTo(unrelated.pid());
      }
      assertThat(unrelated.isAlive()).as("an unrelated process is never signalled").isTrue();
    } finally {
      unrelated.destroy();
    }
  }

  @Test
  @Order(4)
  void startsAfterOwningJvmWasKilled() throws Exception {
    Process child = startChildJvm();
    long orphan;
    try {
      awaitReady(child);
      orphan = recordedPid();
    } finally {
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }
    assertThat(child.isAlive()).isFalse();
    assertThat(pidFile()).exists();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
        .as("the killed JVM's postmaster keeps running")
        .contains(true);

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
      assertThat(recordedPid()).isNotEqualTo(orphan);
      assertThat(origins(server)).containsExactlyInAnyOrder("first", "child");
    }
    assertThat(pidFile()).doesNotExist();
  }

  private static Process startChildJvm() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx128m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            EmbeddedPostgresChild.class.getName(),
            dataDir.toString())
        .redirectError(scratch.resolve("child-stderr.log").toFile())
        .start();
  }

  private static void awaitReady(Process child) throws IOException {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = output.readLine()) != null) {
      if (line.equals("READY")) {
        return;
      }
    }
    throw new AssertionError(
        "child JVM ended before READY; its stderr:\n"
            + Files.readString(scratch.resolve("child-stderr.log")));
  }

  private static Path pidFile() {
    return dataDir.resolve("pg").resolve("postmaster.pid");
  }

  private static long recordedPid() throws IOException {
    return Long.parseLong(Files.readAllLines(pidFile()).get(0).strip());
  }

  /** The pid file of an earlier run, as a crash leaves it, with its first line set to pid. */
  private static void writeFakePidFile(long pid) throws IOException {
    assertThat(runningPidFile).isNotEmpty();
    Files.writeString(pidFile(), pid + runningPidFile.substring(runningPidFile.indexOf('\n')));
  }

  private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> origins(EmbeddedPostgresServer server) throws SQLException {
    List<String> origins = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT origin FROM restart_check")) {
      while (rows.next()) {
        origins.add(rows.getString(1));
      }
    }
    return origins;
  }
}
