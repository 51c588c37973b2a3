package org.guwah.store.crypto;

/**
 * Thrown when the cryptographic provider fails to encrypt a field (not expected in practice).
 * The message never contains the plaintext or the associated data.
 */
public final class UnableToEncryptFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToEncryptFieldException(String message, Throwable cause) {
    super(message, cause);
  }
}
