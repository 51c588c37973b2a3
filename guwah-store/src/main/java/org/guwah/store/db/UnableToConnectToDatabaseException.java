package org.guwah.store.db;

/**
 * Thrown when no connection can be made to the configured PostgreSQL server (unreachable, wrong
 * credentials, missing database). The message names host, port, database and user, never the
 * password or the URL's query string.
 */
public final class UnableToConnectToDatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToConnectToDatabaseException(String message) {
    super(message);
  }

  UnableToConnectToDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
