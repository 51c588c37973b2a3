package org.guwah.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.guwah.store.testing.TestDatabases;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardening of one freshly initialised embedded server. Independent of {@code guwah.test.db},
 * so this runs only in the embedded pass.
 */
@EnabledIf("org.guwah.store.db.EmbeddedPostgresServerIT#embeddedPass")
class EmbeddedPostgresServerIT {
  @TempDir static Path parent;
  static Path dataDir;
  static EmbeddedPostgresServer server;

  static boolean embeddedPass() {
    return TestDatabases.kind().equals("embedded");
  }

  @BeforeAll
  static void start() {
    dataDir = parent.resolve("data");
    server = EmbeddedPostgresServer.start(dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void keepsPasswordInOwnerOnlyFileOfOwnerOnlyDirectory() throws IOException {
    Path passwordFile = dataDir.resolve("pg-password");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("pg"))))
        .isEqualTo("rwx------");
    assertThat(Files.readAllLines(passwordFile)).containsExactly(server.password());
    assertThat(server.password()).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
    assertThat(server.toString()).doesNotContain(server.password());
  }

  @Test
  void runsBinariesFromOwnerOnlyDirectory() throws IOException {
    long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).strip());
    Path executable = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
    Path binaries = executable;
    while (binaries != null && !binaries.getFileName().toString().equals("pg-binaries")) {
      binaries = binaries.getParent();
    }
    assertThat(binaries).as("binaries of %s", executable).isNotNull();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void servesApplicationDatabaseWithPassword() throws SQLException {
    assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/guwah");
    try (Connection connection = connect(server.password());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT current_database(), current_user")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("guwah");
      assertThat(row.getString(2)).isEqualTo("postgres");
    }
  }

  @Test
  void refusesConnectionWithoutPassword() {
    assertThatThrownBy(() -> connect(null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no password was provided");
  }

  @Test
  void refusesConnectionWithWrongPassword() {
    assertThatThrownBy(() -> connect(server.password() + "x"))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
  }

  @Test
  void allowsOnlyScramFromLoopbackAddresses() throws SQLException {
    List<String> rules = new ArrayList<>();
    try (Connection connection = connect(server.password());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT type, address, netmask, auth_method, error FROM pg_hba_file_rules")) {
      while (rows.next()) {
        rules.add(
            rows.getString(1) + " " + rows.getString(2) + "/" + rows.getString(3) + " "
                + rows.getString(4) + " " + rows.getString(5));
      }
    }
    assertThat(rules)
        .containsExactly(
            "host 127.0.0.1/255.255.255.255 scram-sha-256 null",
            "host ::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff scram-sha-256 null");
  }

  @Test
  void listensOnLoopbackTcpOnly() throws Exception {
    assertThat(setting("listen_addresses")).isEqualTo("127.0.0.1");
    assertThat(setting("unix_socket_directories")).isEmpty();
    try (Socket loopback = new Socket()) {
      loopback.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
    }
    List<InetAddress> others = nonLoopbackAddresses();
    assumeFalse(others.isEmpty(), "this machine has no non-loopback address");
    for (InetAddress address : others) {
      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress(address, server.port()), 2000);
                }
              })
          .as("connect to %s", address)
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void keepsStatementsParametersAndDetailsOutOfServerLog() throws Exception {
    assertThat(setting("log_min_error_statement")).isEqualTo("panic");
    assertThat(setting("log_error_verbosity")).isEqualTo("terse");
    assertThat(setting("log_statement")).isEqualTo("none");
    assertThat(setting("log_parameter_max_length_on_error")).isEqualTo("0");
    String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = connect(server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE log_check (name text PRIMARY KEY)");
      statement.execute("INSERT INTO log_check VALUES ('" + canary + "')");
      assertThatThrownBy(() -> statement.execute("INSERT INTO log_check VALUES ('" + canary + "')"))
          .hasMessageContaining(canary);
      try (PreparedStatement cast = connection.prepareStatement("SELECT CAST(? AS integer)")) {
        cast.setString(1, canary);
        assertThatThrownBy(cast::executeQuery).hasMessageContaining(canary);
      }
      assertThatThrownBy(() -> statement.execute("SELECT '" + canary + "' FROM WHERE"))
          .isInstanceOf(SQLException.class);
    }
    String log = Files.readString(dataDir.resolve("postgresql.log"));
    assertThat(log).contains("database system is ready to accept connections");
    assertThat(log).doesNotContain(canary);
    assertThat(log).doesNotContain(server.password());
  }

  @Test
  void isDurable() throws SQLException {
    assertThat(setting("fsync")).isEqualTo("on");
    assertThat(setting("synchronous_commit")).isEqualTo("on");
    assertThat(setting("password_encryption")).isEqualTo("scram-sha-256");
  }

  private static String setting(String name) throws SQLException {
    try (Connection connection = connect(server.password());
        PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static Connection connect(@Nullable String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", server.user());
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(server.jdbcUrl(), properties);
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!network.isUp()) {
        continue;
      }
      for (InetAddress address : Collections.list(network.getInetAddresses())) {
        boolean linkLocalV6 = address instanceof Inet6Address && address.isLinkLocalAddress();
        if (!address.isLoopbackAddress() && !linkLocalV6) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }
}
