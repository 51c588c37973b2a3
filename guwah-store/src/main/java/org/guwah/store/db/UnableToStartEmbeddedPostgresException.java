package org.guwah.store.db;

/**
 * Thrown when the embedded PostgreSQL server cannot be initialised or started: the data directory
 * is unusable or used by another live process, the binaries fail, or the server does not become
 * ready. The message names directories and ports, never the superuser password.
 */
public final class UnableToStartEmbeddedPostgresException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToStartEmbeddedPostgresException(String message) {
    super(message);
  }

  UnableToStartEmbeddedPostgresException(String message, Throwable cause) {
    super(message, cause);
  }
}
