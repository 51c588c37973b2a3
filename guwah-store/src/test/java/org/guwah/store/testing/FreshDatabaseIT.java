package org.guwah.store.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.guwah.store.db.Database;
import org.junit.jupiter.api.Test;

class FreshDatabaseIT {

  @Test
  void kindFollowsSystemProperty() {
    String setting = System.getProperty(TestDatabases.PROPERTY);
    String expected = setting == null || setting.equals("embedded") ? "embedded" : "external";
    assertThat(TestDatabases.kind()).isEqualTo(expected);
  }

  @Test
  void createsSeparateEmptyDatabasesAndDropsThemOnClose() throws SQLException {
    FreshDatabase first = TestDatabases.create();
    String firstName = first.name();
    try (FreshDatabase second = TestDatabases.create()) {
      assertThat(firstName).matches("guwah_t_[0-9a-f]{16}").isNotEqualTo(second.name());
      try (Connection connection = connect(first);
          Statement statement = connection.createStatement()) {
        assertThat(single(statement, "SELECT current_database()")).isEqualTo(firstName);
        assertThat(single(statement, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            .isEqualTo("0");
        statement.execute("CREATE TABLE only_in_first (id integer)");
      }
      try (Connection connection = connect(second);
          Statement statement = connection.createStatement()) {
        assertThat(single(statement, "SELECT to_regclass('only_in_first') IS NULL")).isEqualTo("t");
      }
    } finally {
      first.close();
    }
    first.close();
    assertThatThrownBy(() -> connect(first).close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
  }

  @Test
  void openReturnsMigratedDatabaseClosedWithIt() throws SQLException {
    Database db;
    try (FreshDatabase fresh = TestDatabases.create()) {
      db = fresh.open();
      int applied =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT count(*) FROM flyway_schema_history WHERE success")
                          .mapTo(Integer.class)
                          .one());
      assertThat(applied).isPositive();
      assertThat(fresh.options(java.nio.file.Path.of("x"), 2).jdbcUrl()).isEqualTo(fresh.jdbcUrl());
    }
    assertThatThrownBy(() -> db.dataSource().getConnection()).isInstanceOf(SQLException.class);
  }

  @Test
  void unreachableExternalServerIsNamedWithTheWayToChooseAnother() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/test?user=postgres&password=hush";

    assertThatThrownBy(() -> TestDatabases.create(url))
        .isInstanceOf(TestDatabaseUnavailableException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:" + port + "/test")
        .hasMessageContaining("-Dguwah.test.externalDb=")
        .message()
        .doesNotContain("hush");
  }

  @Test
  void rejectsMalformedSetting() {
    assertThatThrownBy(() -> TestDatabases.create("mysql://somewhere"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TestDatabases.PROPERTY);
  }

  private static Connection connect(FreshDatabase fresh) throws SQLException {
    Properties properties = new Properties();
    if (fresh.user() != null) {
      properties.setProperty("user", fresh.user());
    }
    if (fresh.password() != null) {
      properties.setProperty("password", fresh.password());
    }
    return DriverManager.getConnection(fresh.jdbcUrl(), properties);
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
