package org.guwah.store.backup;

/**
 * Receives the progress of a backup operation, in rows. A phase ({@code "backing up"}, {@code
 * "verifying"}, {@code "restoring"}, {@code "checking"}) starts with its total, advances, and
 * finishes; calls come from the thread running the operation. Implementations must not throw.
 */
public interface BackupProgress {
  /** A phase begins; {@code totalRows} rows will be processed. */
  void start(String phase, long totalRows);

  /** {@code rows} more rows were processed in the current phase. */
  void advance(long rows);

  /** The current phase is complete. */
  void finish();

  /** A listener that ignores everything. */
  static BackupProgress silent() {
    return new BackupProgress() {
      @Override
      public void start(String phase, long totalRows) {}

      @Override
      public void advance(long rows) {}

      @Override
      public void finish() {}
    };
  }
}
