package org.guwah.store.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Test helper: retires old field keys the way an operator would once a rotation's re-encryption
 * has finished, by removing every key but the primary from the fields keyset of a keys folder.
 * Whatever was not re-sealed under the primary key no longer opens afterwards.
 */
public final class KeyRetirement {
  private KeyRetirement() {}

  /**
   * Removes every non-primary key from the fields keyset in {@code keysDir}.
   *
   * @return how many keys were removed
   */
  public static int keepOnlyPrimaryFieldKey(Path keysDir) {
    KeysetFiles files = new KeysetFiles(keysDir);
    return files.underLock(() -> {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(files.read(KeysetKind.FIELDS));
      int removed = 0;
      for (int i = builder.size() - 1; i >= 0; i--) {
        if (!builder.getAt(i).isPrimary()) {
          builder.deleteAt(i);
          removed++;
        }
      }
      try {
        files.write(KeysetKind.FIELDS, builder.build());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("could not rebuild the fields keyset", e);
      }
      return removed;
    });
  }
}
