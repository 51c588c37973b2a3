package org.guwah.store.accounts;

/**
 * An enrolment invitation token cannot be redeemed. The message and {@link #reason()} say why,
 * never the token. Only the holder of a token learns its reason; a token that names nothing is
 * {@link Reason#UNKNOWN}, exactly like a malformed one.
 */
public final class InvitationRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the token was refused. */
  public enum Reason {
    /** Malformed, or no invitation has this token. */
    UNKNOWN("code unknown"),
    /** Already redeemed. */
    USED("already used"),
    /** Past its expiry. */
    EXPIRED("expired"),
    /** Revoked by an administrator or replaced by a newer first-start invitation. */
    REVOKED("revoked");

    private final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  private final Reason reason;

  InvitationRejectedException(Reason reason) {
    super("enrolment invitation " + reason.text);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
