package org.guwah.store.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.guwah.store.db.Durability;
import org.guwah.store.db.EmbeddedPostgresServer;
import org.guwah.store.db.PostgresJdbcUrl;
import org.jspecify.annotations.Nullable;

/**
 * Fresh PostgreSQL databases for integration tests, on the server chosen by the system property
 * {@value #PROPERTY}:
 *
 * <ul>
 *   <li>absent or {@code embedded}: one {@link EmbeddedPostgresServer} per JVM in a temporary
 *       directory, started on first use ({@link Durability#THROWAWAY}: no fsync) and stopped (and
 *       deleted) by a shutdown hook;
 *   <li>a JDBC URL ({@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}): that external
 *       server; its user must be allowed to create databases.
 * </ul>
 *
 * <p>Each {@link #create()} makes a new database {@code guwah_t_<16 hex digits>} there; {@link
 * FreshDatabase#close()} drops it. Typical use, one database per test class:
 *
 * <pre>{@code
 * static FreshDatabase fresh;
 * static Database db;
 * @BeforeAll static void open() { fresh = TestDatabases.create(); db = fresh.open(); }
 * @AfterAll static void close() { fresh.close(); }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class TestDatabases {
  /** System property choosing the server: {@code embedded} or a PostgreSQL JDBC URL. */
  public static final String PROPERTY = "guwah.test.db";

  /** Prefix of every database this class creates. */
  public static final String NAME_PREFIX = "guwah_t_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Object LOCK = new Object();
  private static @Nullable EmbeddedPostgresServer shared;

  private TestDatabases() {}

  /**
   * {@code "embedded"} or {@code "external"}, for test display names.
   *
   * @throws IllegalStateException if {@value #PROPERTY} is neither {@code embedded} nor a JDBC URL
   */
  public static String kind() {
    return externalUrl(System.getProperty(PROPERTY)) == null ? "embedded" : "external";
  }

  /**
   * Creates a new, empty database (no migrations applied; {@link FreshDatabase#open()} applies
   * them).
   *
   * @throws TestDatabaseUnavailableException if the chosen server cannot be started or reached
   * @throws IllegalStateException if {@value #PROPERTY} is malformed
   */
  public static FreshDatabase create() {
    return create(System.getProperty(PROPERTY));
  }

  /** {@link #create()} for the given value of {@value #PROPERTY}. */
  static FreshDatabase create(@Nullable String setting) {
    String name = NAME_PREFIX + HexFormat.of().formatHex(randomBytes());
    PostgresJdbcUrl external = externalUrl(setting);
    if (external == null) {
      EmbeddedPostgresServer server = sharedServer();
      PostgresJdbcUrl admin = PostgresJdbcUrl.parse(server.jdbcUrl("postgres"));
      createDatabase(admin, server.user(), server.password(), name);
      return new FreshDatabase(
          admin, server.user(), server.password(), PostgresJdbcUrl.parse(server.jdbcUrl(name)), name);
    }
    createDatabase(external, null, null, name);
    return new FreshDatabase(
        external,
        external.user().orElse(null),
        external.password().orElse(null),
        external.withDatabase(name),
        name);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static @Nullable PostgresJdbcUrl externalUrl(@Nullable String setting) {
    String value = setting == null ? "" : setting.strip();
    if (value.isEmpty() || value.equals("embedded")) {
      return null;
    }
    if (!value.startsWith("jdbc:")) {
      throw new IllegalStateException(
          "-D" + PROPERTY + " must be \"embedded\" or a jdbc:postgresql:// URL");
    }
    try {
      return PostgresJdbcUrl.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("-D" + PROPERTY + ": " + e.getMessage(), e);
    }
  }

  private static EmbeddedPostgresServer sharedServer() {
    synchronized (LOCK) {
      EmbeddedPostgresServer server = shared;
      if (server != null) {
        return server;
      }
      Path directory;
      try {
        directory = Files.createTempDirectory("guwah-test-pg-");
      } catch (IOException e) {
        throw new TestDatabaseUnavailableException("Cannot create a directory for the embedded test PostgreSQL", e);
      }
      try {
        server = EmbeddedPostgresServer.start(directory, Durability.THROWAWAY);
      } catch (RuntimeException e) {
        throw new TestDatabaseUnavailableException(
            "Cannot start the embedded test PostgreSQL in " + directory + " (-D" + PROPERTY + "=embedded)", e);
      }
      EmbeddedPostgresServer started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    deleteRecursively(directory);
                  },
                  "guwah-test-postgres-stop"));
      shared = server;
      return server;
    }
  }

  static Connection connect(PostgresJdbcUrl url, @Nullable String user, @Nullable String password)
      throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "10");
    return DriverManager.getConnection(url.value(), properties);
  }

  private static void createDatabase(
      PostgresJdbcUrl admin, @Nullable String user, @Nullable String password, String name) {
    Connection connection;
    try {
      connection = connect(admin, user, password);
    } catch (SQLException e) {
      throw new TestDatabaseUnavailableException(
          "Cannot connect to the test PostgreSQL at "
              + admin.redacted()
              + " (SQL state "
              + e.getSQLState()
              + "): "
              + e.getMessage()
              + ". Start that server, or run the tests against another one with"
              + " -Dguwah.test.externalDb=jdbc:postgresql://HOST:PORT/DATABASE?user=USER"
              + " (or -D" + PROPERTY + "=embedded).",
          e);
    }
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new TestDatabaseUnavailableException(
          "Cannot create test database " + name + " at " + admin.redacted() + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort at JVM exit: the directory is in the temporary folder
    }
  }
}
