package org.guwah.store.backup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The archive was sealed with a field key that the given keys folder does not hold: it was made by
 * another installation, or the keys folder is not the one in use when it was made.
 */
public final class BackupKeysMismatchException extends BackupException {
  private static final long serialVersionUID = 1L;

  BackupKeysMismatchException(Path archive, String detail, @Nullable Throwable cause) {
    super(
        "backup archive "
            + archive
            + " was made with other keys: "
            + detail
            + "; use the keys folder of the installation that made it (or rebuild it from the"
            + " custody shares)",
        cause);
  }
}
