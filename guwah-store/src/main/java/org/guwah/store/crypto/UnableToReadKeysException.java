package org.guwah.store.crypto;

/**
 * Thrown when a keyset file exists but cannot be used: unreadable, not a valid keyset of the
 * expected kind, accessible by other users, or the keys directory is incomplete. The message names
 * the file and never contains key material.
 */
public final class UnableToReadKeysException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToReadKeysException(String message) {
    super(message);
  }

  UnableToReadKeysException(String message, Throwable cause) {
    super(message, cause);
  }
}
