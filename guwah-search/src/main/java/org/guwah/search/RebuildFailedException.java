package org.guwah.search;

/**
 * A rebuild stopped (its source threw, an I/O error, or the index was closed meanwhile). The new
 * index was discarded; the previous one is still in use, unchanged. The cause is attached; this
 * message carries no data.
 */
public final class RebuildFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RebuildFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
