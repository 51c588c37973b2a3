package org.guwah.store.db;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to open a {@link Database}.
 *
 * @param jdbcUrl a PostgreSQL JDBC URL of an external server, or {@code null} to start an {@link
 *     EmbeddedPostgresServer} under {@code dataDir}; the URL may itself carry {@code user} and
 *     {@code password} parameters
 * @param user user for the external server, or {@code null} for the URL's {@code user} parameter
 *     (else the driver's default); takes precedence over the URL's; ignored for the embedded server
 * @param password password for the external server, or {@code null} for the URL's {@code
 *     password} parameter; takes precedence over the URL's; ignored for the embedded server
 * @param dataDir directory of the embedded server's data (see {@link EmbeddedPostgresServer});
 *     unused with an external server
 * @param poolSize maximum number of pooled connections, 1 to {@value #MAX_POOL_SIZE}
 */
public record DatabaseOptions(
    @Nullable String jdbcUrl,
    @Nullable String user,
    @Nullable String password,
    Path dataDir,
    int poolSize) {

  /** A pool size suited to the web server on a small machine. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /** Upper bound of {@link #poolSize()}. */
  public static final int MAX_POOL_SIZE = 200;

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if {@code jdbcUrl} is not a PostgreSQL JDBC URL or {@code
   *     poolSize} is out of range; messages never repeat the URL or the password
   */
  public DatabaseOptions {
    if (jdbcUrl != null) {
      PostgresJdbcUrl.parse(jdbcUrl);
    }
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "poolSize must be between 1 and " + MAX_POOL_SIZE + ", was " + poolSize);
    }
  }

  /** Options for an embedded server on {@code dataDir}. */
  public static DatabaseOptions embedded(Path dataDir, int poolSize) {
    return new DatabaseOptions(null, null, null, dataDir, poolSize);
  }

  /**
   * Options for an external server; {@code dataDir} is the working directory's {@code data}
   * (unused).
   */
  public static DatabaseOptions external(
      String jdbcUrl, @Nullable String user, @Nullable String password, int poolSize) {
    return new DatabaseOptions(jdbcUrl, user, password, Path.of("data"), poolSize);
  }

  /** Whether these options start an embedded server (no {@code jdbcUrl}). */
  public boolean usesEmbeddedServer() {
    return jdbcUrl == null;
  }

  /** Shows the URL without parameters and hides the password. */
  @Override
  public String toString() {
    String target = jdbcUrl == null ? "embedded " + dataDir : PostgresJdbcUrl.parse(jdbcUrl).redacted();
    return "DatabaseOptions["
        + target
        + (user == null ? "" : ", user=" + user)
        + (password == null ? "" : ", password=***")
        + ", poolSize="
        + poolSize
        + "]";
  }
}
