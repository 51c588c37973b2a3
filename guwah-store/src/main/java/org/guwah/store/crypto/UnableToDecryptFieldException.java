package org.guwah.store.crypto;

/**
 * Thrown when a field ciphertext cannot be decrypted: it was tampered with, belongs to another
 * row (different associated data), or was made with a key that is not in the key ring. The
 * message never contains the ciphertext, the associated data or any plaintext.
 */
public final class UnableToDecryptFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToDecryptFieldException(String message) {
    super(message);
  }

  UnableToDecryptFieldException(String message, Throwable cause) {
    super(message, cause);
  }
}
