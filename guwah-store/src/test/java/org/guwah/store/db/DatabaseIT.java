package org.guwah.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.core.BaseConnection;

class DatabaseIT {
  @TempDir static Path scratch;
  static FreshDatabase fresh;

  @BeforeAll
  static void create() {
    fresh = TestDatabases.create();
  }

  @AfterAll
  static void drop() {
    fresh.close();
  }

  @Test
  void opensPoolWithJdbiAndBatchRewriting() throws Exception {
    try (Database db = Database.open(fresh.options(scratch, 3))) {
      assertThat(db.embedded()).isFalse();
      assertThat(((HikariDataSource) db.dataSource()).getMaximumPoolSize()).isEqualTo(3);
      String name =
          db.jdbi().withHandle(h -> h.createQuery("SELECT current_database()").mapTo(String.class).one());
      assertThat(name).isEqualTo(fresh.name());
      try (Connection connection = db.dataSource().getConnection()) {
        assertThat(
                connection
                    .unwrap(BaseConnection.class)
                    .getQueryExecutor()
                    .isReWriteBatchedInsertsEnabled())
            .isTrue();
      }
      assertThat(db.toString()).endsWith("/" + fresh.name() + "]");
    }
  }

  @Test
  void appliesMigrationsOnceAndAcceptsMissingLocation() {
    try (FreshDatabase empty = TestDatabases.create();
        Database db = Database.open(empty.options(scratch, 2))) {
      db.migrate("classpath:db/test-migrations/none");
      db.migrate("classpath:db/test-migrations/valid");
      db.migrate("classpath:db/test-migrations/valid");
      int rows =
          db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM migration_check").mapTo(Integer.class).one());
      int applied =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                          .mapTo(Integer.class)
                          .one());
      assertThat(rows).isEqualTo(1);
      assertThat(applied).isEqualTo(2);
    }
  }

  @Test
  void failedMigrationThrowsAndLeavesNoTable() {
    try (FreshDatabase empty = TestDatabases.create();
        Database db = Database.open(empty.options(scratch, 2))) {
      assertThatThrownBy(() -> db.migrate("classpath:db/test-migrations/broken"))
          .isInstanceOf(DatabaseMigrationFailedException.class)
          .hasMessageContaining(empty.name())
          .hasMessageContaining("broken");
      boolean exists =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT to_regclass('migration_check') IS NOT NULL")
                          .mapTo(Boolean.class)
                          .one());
      assertThat(exists).isFalse();
    }
  }

  @Test
  void unreachableServerIsNamedButPasswordIsNot() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String secret = "pw-" + UUID.randomUUID();
    String url =
        "jdbc:postgresql://127.0.0.1:" + port + "/guwah_nowhere?user=someone&password=" + secret;
    DatabaseOptions options = new DatabaseOptions(url, "someone", secret, scratch, 1);
    assertThat(options.toString()).doesNotContain(secret);

    assertThatThrownBy(() -> Database.open(options))
        .isInstanceOf(UnableToConnectToDatabaseException.class)
        .hasMessageContaining("127.0.0.1:" + port)
        .hasMessageContaining("\"guwah_nowhere\"")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(secret));
  }

  @Test
  void wrongPasswordIsRefusedWithoutRepeatingIt() {
    assumeTrue(TestDatabases.kind().equals("embedded"), "the external test server trusts everyone");
    String wrong = "wrong-" + UUID.randomUUID();
    DatabaseOptions options =
        new DatabaseOptions(fresh.jdbcUrl(), fresh.user(), wrong, scratch, 1);

    assertThatThrownBy(() -> Database.open(options))
        .isInstanceOf(UnableToConnectToDatabaseException.class)
        .hasMessageContaining(fresh.name())
        .hasMessageContaining("28P01")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(wrong));
  }

  @Test
  void embeddedOptionsStartMigrateAndStopOwnServer() throws Exception {
    assumeTrue(TestDatabases.kind().equals("embedded"), "covered once, in the embedded pass");
    String hosts;
    try (Database db = Database.open(DatabaseOptions.embedded(scratch.resolve("own"), 2))) {
      assertThat(db.embedded()).isTrue();
      db.migrate();
      try (Connection connection = db.dataSource().getConnection()) {
        assertThat(connection.getCatalog()).isEqualTo("guwah");
        hosts = PostgresJdbcUrl.parse(connection.getMetaData().getURL()).hosts();
      }
    }
    int port = Integer.parseInt(hosts.substring(hosts.lastIndexOf(':') + 1));
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
              }
            })
        .as("server stopped on close")
        .isInstanceOf(IOException.class);
  }

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
