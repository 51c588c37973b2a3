package org.guwah.store.backup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The archive is not intact: a byte was changed, it was truncated or extended, its header was
 * edited, or it is not a Guwah backup at all. Nothing in a damaged archive is trusted; a restore
 * from it changes no data.
 */
public final class BackupDamagedException extends BackupException {
  private static final long serialVersionUID = 1L;

  BackupDamagedException(Path archive, String detail, @Nullable Throwable cause) {
    super("backup archive " + archive + " is damaged or was altered (" + detail + "); it cannot be used", cause);
  }
}
