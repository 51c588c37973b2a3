package org.guwah.store.crypto;

import java.nio.file.Path;

/** Thrown by {@link KeyRing#open(Path)} when the keys directory holds no keysets. */
public final class KeysNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  KeysNotFoundException(Path directory) {
    super("No keys found in " + directory + "; run `guwah keys init` to create them");
  }
}
