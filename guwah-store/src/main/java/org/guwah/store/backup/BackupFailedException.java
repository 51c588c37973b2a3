package org.guwah.store.backup;

import org.jspecify.annotations.Nullable;

/**
 * Creating or restoring a backup failed for a reason outside the archive's integrity: the archive
 * file exists already or cannot be written or read, the database failed (the message carries its
 * SQL state and primary message, never row values), or the schema holds something a backup cannot
 * carry. A failed create leaves no archive; a failed restore leaves no restored row.
 */
public final class BackupFailedException extends BackupException {
  private static final long serialVersionUID = 1L;

  BackupFailedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
