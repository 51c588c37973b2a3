package org.guwah.store.cases;

/**
 * Told of a {@link Reencryption}'s progress after every batch, on the thread running the job. Must
 * be quick and must not throw (an exception stops the job as failed).
 */
@FunctionalInterface
public interface ReencryptionListener {
  /** {@code table}'s counts after a batch (or when a table starts or finishes). */
  void progressed(TableReencryption table);

  /** A listener that ignores progress. */
  static ReencryptionListener none() {
    return table -> { };
  }
}
