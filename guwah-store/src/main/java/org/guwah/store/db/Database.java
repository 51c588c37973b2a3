package org.guwah.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The application's PostgreSQL database: a HikariCP connection pool (driver property {@code
 * reWriteBatchedInserts=true}), a {@link Jdbi} on it, and Flyway migrations from {@code
 * classpath:db/migration}. Either on an external server or on an {@link EmbeddedPostgresServer}
 * that this object starts and, on {@link #close()}, stops.
 *
 * <p>Thread-safe. Connection errors name host, port, database and user, never the password or the
 * URL's parameters.
 */
public final class Database implements AutoCloseable {
  static final String MIGRATIONS = "classpath:db/migration";

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final PostgresJdbcUrl url;
  private final @Nullable EmbeddedPostgresServer server;

  private Database(
      HikariDataSource dataSource, PostgresJdbcUrl url, @Nullable EmbeddedPostgresServer server) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.url = url;
    this.server = server;
  }

  /**
   * Opens the database described by {@code options}: starts the embedded server when {@link
   * DatabaseOptions#jdbcUrl()} is null, then opens the pool with one connection checked at once.
   * User and password reach the driver as properties, never inside the URL (a {@code user} or
   * {@code password} URL parameter is moved out of it). Does not migrate; call {@link #migrate()}.
   *
   * @throws UnableToStartEmbeddedPostgresException if the embedded server does not start
   * @throws UnableToConnectToDatabaseException if the server cannot be reached or refuses the
   *     credentials
   */
  public static Database open(DatabaseOptions options) {
    String jdbcUrl = options.jdbcUrl();
    if (jdbcUrl == null) {
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(options.dataDir());
      try {
        return open(
            PostgresJdbcUrl.parse(server.jdbcUrl()),
            server.user(),
            server.password(),
            options.poolSize(),
            server);
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    }
    return open(
        PostgresJdbcUrl.parse(jdbcUrl),
        options.user(),
        options.password(),
        options.poolSize(),
        null);
  }

  private static Database open(
      PostgresJdbcUrl url,
      @Nullable String user,
      @Nullable String password,
      int poolSize,
      @Nullable EmbeddedPostgresServer server) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("guwah-db");
    config.setDriverClassName("org.postgresql.Driver");
    // Credentials travel as properties, never inside the URL the driver and pool may log.
    config.setJdbcUrl(url.withoutCredentials().value());
    String effectiveUser = user != null ? user : url.user().orElse(null);
    String effectivePassword = password != null ? password : url.password().orElse(null);
    if (effectiveUser != null) {
      config.setUsername(effectiveUser);
    }
    if (effectivePassword != null) {
      config.setPassword(effectivePassword);
    }
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(Math.min(2, poolSize));
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "guwah");
    try {
      return new Database(new HikariDataSource(config), url, server);
    } catch (RuntimeException e) {
      throw connectionFailure(url, effectiveUser, effectivePassword, e);
    }
  }

  private static UnableToConnectToDatabaseException connectionFailure(
      PostgresJdbcUrl url, @Nullable String user, @Nullable String password, RuntimeException e) {
    Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
    String reason = String.valueOf(cause.getMessage());
    String state = cause instanceof SQLException ? ((SQLException) cause).getSQLState() : null;
    String message =
        "Cannot connect to PostgreSQL database \""
            + url.database()
            + "\" at "
            + url.hosts()
            + " as user \""
            + (user != null ? user : "(driver default)")
            + "\""
            + (state == null ? "" : " (SQL state " + state + ")")
            + ": "
            + reason;
    String urlPassword = url.password().orElse(null);
    boolean leaks =
        (password != null && !password.isEmpty() && message.contains(password))
            || (urlPassword != null && !urlPassword.isEmpty() && message.contains(urlPassword));
    if (leaks) {
      // Never expected from the driver; drop the text and the cause rather than risk it.
      return new UnableToConnectToDatabaseException(
          "Cannot connect to PostgreSQL database \"" + url.database() + "\" at " + url.hosts());
    }
    return new UnableToConnectToDatabaseException(message, cause);
  }

  /** The JDBI instance on the pool (shared; configure it once at start-up). */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Whether this database runs on an embedded server that it stops on {@link #close()}. */
  public boolean embedded() {
    return server != null;
  }

  /**
   * Applies pending Flyway migrations from {@code classpath:db/migration} (an empty or missing
   * location is accepted). Safe to call on every start; concurrent callers are serialised by
   * Flyway's lock.
   *
   * @throws DatabaseMigrationFailedException if validation or a migration fails
   */
  public void migrate() {
    migrate(MIGRATIONS);
  }

  /** Migrates from {@code location} (tests use other locations). */
  void migrate(String location) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(location)
          .failOnMissingLocations(false)
          .validateMigrationNaming(true)
          .cleanDisabled(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new DatabaseMigrationFailedException(
          "Migrating PostgreSQL database \""
              + url.database()
              + "\" at "
              + url.hosts()
              + " failed: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Version of the latest successfully applied versioned migration, or empty when no migration
   * was applied (a new database).
   *
   * @throws DatabaseMigrationFailedException if the schema history cannot be read
   */
  public Optional<String> schemaVersion() {
    try {
      @Nullable MigrationVersion latest = null;
      for (MigrationInfo applied : flyway(MIGRATIONS).load().info().applied()) {
        MigrationVersion version = applied.getVersion();
        if (version != null
            && applied.getState().isApplied()
            && !applied.getState().isFailed()
            && (latest == null || version.isNewerThan(latest))) {
          latest = version;
        }
      }
      return latest == null ? Optional.empty() : Optional.of(latest.getVersion());
    } catch (FlywayException e) {
      throw migrationFailure("Reading the schema version of", e);
    }
  }

  /**
   * Applies pending migrations up to and including {@code version} (used to restore a backup made
   * at that version); later migrations stay pending.
   *
   * @throws DatabaseMigrationFailedException if this build has no migration with that version, or
   *     validation or a migration fails
   */
  public void migrateTo(String version) {
    boolean known = false;
    try {
      for (MigrationInfo migration : flyway(MIGRATIONS).load().info().all()) {
        MigrationVersion candidate = migration.getVersion();
        known |= candidate != null && candidate.getVersion().equals(version);
      }
      if (known) {
        flyway(MIGRATIONS).target(version).load().migrate();
      }
    } catch (FlywayException e) {
      throw migrationFailure("Migrating", e);
    }
    if (!known) {
      throw new DatabaseMigrationFailedException(
          "This Guwah build has no migration to schema version " + version
              + "; use the Guwah version that made the data (or a newer one)");
    }
  }

  private FluentConfiguration flyway(String location) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(location)
        .failOnMissingLocations(false)
        .validateMigrationNaming(true)
        .cleanDisabled(true);
  }

  private DatabaseMigrationFailedException migrationFailure(String action, FlywayException e) {
    return new DatabaseMigrationFailedException(
        action + " PostgreSQL database \"" + url.database() + "\" at " + url.hosts() + " failed: "
            + e.getMessage(),
        e);
  }

  /** Closes the pool, then stops the embedded server if this object started one. Idempotent. */
  @Override
  public void close() {
    try {
      dataSource.close();
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  /** {@code Database[host:port/database]}, without credentials. */
  @Override
  public String toString() {
    return "Database[" + url.hosts() + "/" + url.database() + (server != null ? ", embedded" : "") + "]";
  }
}
