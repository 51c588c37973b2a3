package org.guwah.store.db;

/**
 * Thrown when the Flyway schema migration fails (a migration script errors, a checksum no longer
 * matches an applied migration, or the schema history is newer than the code). The message carries
 * Flyway's description, which names migrations and SQL states; migrations hold schema, not
 * personal data.
 */
public final class DatabaseMigrationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DatabaseMigrationFailedException(String message) {
    super(message);
  }

  DatabaseMigrationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
