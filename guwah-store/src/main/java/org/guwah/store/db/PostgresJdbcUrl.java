package org.guwah.store.db;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database?params}), parsed by the
 * driver. Its query may carry credentials, so {@link #toString()} shows only {@code
 * jdbc:postgresql://host:port/database}; use {@link #value()} to connect.
 *
 * @param value the URL exactly as given
 */
public record PostgresJdbcUrl(String value) {
  private static final String PREFIX = "jdbc:postgresql:";

  /**
   * Validates {@code value} with the PostgreSQL driver.
   *
   * @throws IllegalArgumentException if it is not a PostgreSQL JDBC URL (the message does not
   *     repeat the URL)
   */
  public PostgresJdbcUrl {
    if (!value.startsWith(PREFIX) || Driver.parseURL(value, new Properties()) == null) {
      throw new IllegalArgumentException(
          "not a PostgreSQL JDBC URL (expected jdbc:postgresql://HOST:PORT/DATABASE?user=...)");
    }
  }

  /** Parses {@code value}; see the constructor. */
  public static PostgresJdbcUrl parse(String value) {
    return new PostgresJdbcUrl(value);
  }

  private Properties properties() {
    Properties properties = Driver.parseURL(value, new Properties());
    if (properties == null) {
      throw new IllegalStateException("validated URL no longer parses");
    }
    return properties;
  }

  /** {@code host:port}, several separated by commas for a multi-host URL. */
  public String hosts() {
    Properties properties = properties();
    String[] hosts = properties.getProperty("PGHOST", "localhost").split(",", -1);
    String[] ports = properties.getProperty("PGPORT", "5432").split(",", -1);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < hosts.length; i++) {
      if (i > 0) {
        joined.append(',');
      }
      String host = hosts[i];
      joined.append(host.contains(":") ? "[" + host + "]" : host);
      joined.append(':').append(i < ports.length ? ports[i] : ports[ports.length - 1]);
    }
    return joined.toString();
  }

  /** The database name (empty if the URL names none). */
  public String database() {
    return properties().getProperty("PGDBNAME", "");
  }

  /** The {@code user} parameter of the URL, if any. */
  public Optional<String> user() {
    return Optional.ofNullable(properties().getProperty("user"));
  }

  /** The {@code password} parameter of the URL, if any. Never log it. */
  public Optional<String> password() {
    return Optional.ofNullable(properties().getProperty("password"));
  }

  /**
   * The same URL (hosts and parameters) naming {@code database} instead.
   *
   * @throws IllegalArgumentException if {@code database} is empty
   */
  public PostgresJdbcUrl withDatabase(String database) {
    if (database.isEmpty()) {
      throw new IllegalArgumentException("database name is empty");
    }
    String rest = value.substring(PREFIX.length());
    int queryStart = rest.indexOf('?');
    String query = queryStart < 0 ? "" : rest.substring(queryStart);
    String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
    String encoded = URLEncoder.encode(database, StandardCharsets.UTF_8);
    String authority = "";
    if (beforeQuery.startsWith("//")) {
      int slash = beforeQuery.indexOf('/', 2);
      authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
      authority = authority + "/";
    }
    return new PostgresJdbcUrl(PREFIX + authority + encoded + query);
  }

  /**
   * The same URL without its {@code user} and {@code password} parameters (pass those separately,
   * so that the URL the driver may log at debug level carries no secret).
   */
  public PostgresJdbcUrl withoutCredentials() {
    int queryStart = value.indexOf('?');
    if (queryStart < 0) {
      return this;
    }
    StringBuilder kept = new StringBuilder();
    for (String parameter : value.substring(queryStart + 1).split("&", -1)) {
      String key = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
      if (parameter.isEmpty() || key.equals("user") || key.equals("password")) {
        continue;
      }
      kept.append(kept.length() == 0 ? '?' : '&').append(parameter);
    }
    return new PostgresJdbcUrl(value.substring(0, queryStart) + kept);
  }

  /** {@code jdbc:postgresql://host:port/database}: no parameters, so no credentials. */
  public String redacted() {
    return "jdbc:postgresql://" + hosts() + "/" + database();
  }

  /** Same as {@link #redacted()}. */
  @Override
  public String toString() {
    return redacted();
  }
}
