package org.guwah.store.crypto;

/** Thrown when a keyset cannot be written to the keys directory. Never contains key material. */
public final class UnableToWriteKeysException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToWriteKeysException(String message) {
    super(message);
  }

  UnableToWriteKeysException(String message, Throwable cause) {
    super(message, cause);
  }
}
