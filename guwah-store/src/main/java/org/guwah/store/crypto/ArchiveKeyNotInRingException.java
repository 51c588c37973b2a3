package org.guwah.store.crypto;

import java.nio.file.Path;

/**
 * Thrown by {@link ArchiveCipher#unwrap} when the archive key was wrapped with a field key that the
 * key ring does not hold: the archive comes from another installation (or keys were replaced). The
 * message names the key id and the keys directory, never key material.
 */
public final class ArchiveKeyNotInRingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long keyId;

  ArchiveKeyNotInRingException(long keyId, Path keysDirectory) {
    super(
        "the archive key was sealed with field key "
            + keyId
            + ", which the keys folder "
            + keysDirectory
            + " does not hold");
    this.keyId = keyId;
  }

  /** Id of the field key that wrapped the archive key. */
  public long keyId() {
    return keyId;
  }
}
