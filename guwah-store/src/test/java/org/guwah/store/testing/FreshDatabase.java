package org.guwah.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.store.db.PostgresJdbcUrl;
import org.jspecify.annotations.Nullable;

/**
 * One brand-new database made by {@link TestDatabases#create()}, for one test class. {@link
 * #close()} closes the {@link Database}s opened through {@link #open()} and drops the database.
 *
 * <p>Thread-safe.
 */
public final class FreshDatabase implements AutoCloseable {
  /** Pool size of the databases returned by {@link #open()}. */
  public static final int POOL_SIZE = 4;

  private final PostgresJdbcUrl adminUrl;
  private final @Nullable String user;
  private final @Nullable String password;
  private final PostgresJdbcUrl url;
  private final String name;
  private final List<Database> opened = new ArrayList<>();
  private boolean closed;

  FreshDatabase(
      PostgresJdbcUrl adminUrl,
      @Nullable String user,
      @Nullable String password,
      PostgresJdbcUrl url,
      String name) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.url = url;
    this.name = name;
  }

  /** JDBC URL of this database (for an external server with the parameters given there). */
  public String jdbcUrl() {
    return url.value();
  }

  /** User to connect with; null if the URL or driver default applies (external server). */
  public @Nullable String user() {
    return user;
  }

  /** Password to connect with; null if none is needed or it is in the URL. */
  public @Nullable String password() {
    return password;
  }

  /** The database name, {@code guwah_t_} and 16 hex digits. */
  public String name() {
    return name;
  }

  /**
   * Options to open this database with {@link Database#open}; {@code dataDir} is carried along
   * but unused since the options name a server.
   */
  public DatabaseOptions options(Path dataDir, int poolSize) {
    return new DatabaseOptions(url.value(), user, password, dataDir, poolSize);
  }

  /**
   * Opens this database with a pool of {@value #POOL_SIZE} and applies the migrations. The returned
   * database is closed by {@link #close()} (closing it earlier is fine).
   *
   * @throws IllegalStateException if this object is closed
   */
  public synchronized Database open() {
    if (closed) {
      throw new IllegalStateException("test database " + name + " is closed");
    }
    Database database =
        Database.open(options(Path.of(System.getProperty("java.io.tmpdir")), POOL_SIZE));
    opened.add(database);
    try {
      database.migrate();
    } catch (RuntimeException e) {
      opened.remove(database);
      database.close();
      throw e;
    }
    return database;
  }

  /**
   * Closes the databases opened here and drops this database, ending any other session on it.
   * Idempotent.
   *
   * @throws TestDatabaseUnavailableException if the database cannot be dropped
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    opened.forEach(Database::close);
    opened.clear();
    try (Connection connection = TestDatabases.connect(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new TestDatabaseUnavailableException(
          "Cannot drop test database " + name + " at " + adminUrl.redacted() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "FreshDatabase[" + url.redacted() + "]";
  }
}
