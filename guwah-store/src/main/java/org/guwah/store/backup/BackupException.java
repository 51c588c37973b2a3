package org.guwah.store.backup;

import org.jspecify.annotations.Nullable;

/**
 * A backup could not be made, verified or restored. Messages are meant for the person running the
 * command: they name files, tables, schema versions and SQL states, never record content or key
 * material.
 */
public abstract sealed class BackupException extends RuntimeException
    permits BackupDamagedException,
        BackupKeysMismatchException,
        RestoreRefusedException,
        BackupFailedException {
  private static final long serialVersionUID = 1L;

  BackupException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
