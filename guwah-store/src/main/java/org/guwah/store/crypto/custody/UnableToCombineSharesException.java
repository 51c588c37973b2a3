package org.guwah.store.crypto.custody;

import java.util.Objects;

/**
 * Thrown by {@link Shamir#combine} when the given shares cannot, or must not, be combined. The
 * {@link #reason()} tells why; the message names split ids, indexes and counts (not secret) but
 * never a share value or the secret.
 */
public final class UnableToCombineSharesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the shares were refused. */
  public enum Reason {
    /** Fewer shares than the split's threshold (or none). */
    TOO_FEW,
    /** The same share index was given more than once. */
    DUPLICATE_INDEX,
    /** The shares come from different splits (different split ids). */
    MIXED_SPLITS,
    /** Shares of one split disagree on threshold, count, length or fingerprint: forged or damaged. */
    INCONSISTENT,
    /** The shares combine to a secret whose fingerprint does not match: forged or damaged. */
    WRONG_SECRET
  }

  private final Reason reason;

  UnableToCombineSharesException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the shares were refused. */
  public Reason reason() {
    return reason;
  }
}
