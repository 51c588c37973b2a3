package org.guwah.search;

/**
 * The index cannot answer or accept changes until {@link SearchIndex#rebuild} has run: its key,
 * analyzer or files do not match. Thrown instead of returning results that would silently be
 * wrong (a query sealed under a new key finds nothing in an index sealed under the old one).
 */
public final class ReindexRequiredException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final ReindexReason reason;

  public ReindexRequiredException(ReindexReason reason) {
    super("search index must be rebuilt: " + reason.description());
    this.reason = reason;
  }

  /** Why. */
  public ReindexReason reason() {
    return reason;
  }
}
