package org.guwah.store.crypto;

import java.nio.file.Path;

/**
 * Thrown by {@link KeyRing#create(Path)} when the keys directory already holds a keyset (or a
 * custody file), and by {@link KeyRing#recover} when it holds a different keyset than the custody
 * file.
 */
public final class KeysAlreadyExistException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  KeysAlreadyExistException(Path directory) {
    super("Keys already exist in " + directory + "; refusing to overwrite them");
  }

  KeysAlreadyExistException(String message) {
    super(message);
  }
}
