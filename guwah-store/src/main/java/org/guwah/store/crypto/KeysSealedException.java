package org.guwah.store.crypto;

import java.nio.file.Path;

/**
 * Thrown by {@link KeyRing#open}, {@link KeyRing#openOrCreate} and {@link KeyRing#rotate} when
 * the keys directory holds no cleartext keyset but a custody file: the keys are sealed and open
 * only with custodians' shares. Never answered by creating new keys.
 */
public final class KeysSealedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  KeysSealedException(Path directory) {
    super("The keys in " + directory + " are sealed in " + CustodyFile.FILE_NAME
        + ": they open only with custodians' shares (`guwah keys recover`, or pass --share)");
  }
}
