package org.guwah.store.crypto;

import java.nio.file.Path;

/** Thrown by {@link KeyRing#create(Path)} when the keys directory already holds a keyset. */
public final class KeysAlreadyExistException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  KeysAlreadyExistException(Path directory) {
    super("Keys already exist in " + directory + "; refusing to overwrite them");
  }
}
