package org.guwah.store.backup;

/**
 * A restore was refused before any record was written: the target database already holds data,
 * its schema is newer than the archive's, or its tables do not match the archive's. The target's
 * records are unchanged.
 */
public final class RestoreRefusedException extends BackupException {
  private static final long serialVersionUID = 1L;

  RestoreRefusedException(String message) {
    super(message, null);
  }
}
