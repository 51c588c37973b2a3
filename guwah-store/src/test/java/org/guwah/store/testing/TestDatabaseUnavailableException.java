package org.guwah.store.testing;

/**
 * Thrown when the test database server chosen by {@code -Dguwah.test.db} cannot be used. The
 * message says which server (without credentials) and how to choose another.
 */
public final class TestDatabaseUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TestDatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  TestDatabaseUnavailableException(String message) {
    super(message);
  }
}
