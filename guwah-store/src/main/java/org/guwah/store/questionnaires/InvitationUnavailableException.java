package org.guwah.store.questionnaires;

/**
 * An invitation token that admits nobody: unknown (never issued, mistyped, forged) or gone (used
 * up, expired, revoked, or its questionnaire closed). The message never contains the token.
 */
public final class InvitationUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean gone;

  InvitationUnavailableException(boolean gone) {
    super(gone ? "this invitation has been used, has expired or was withdrawn" : "no such invitation");
    this.gone = gone;
  }

  /** True when the token was issued but admits nobody any more (410), false when unknown (404). */
  public boolean gone() {
    return gone;
  }
}
