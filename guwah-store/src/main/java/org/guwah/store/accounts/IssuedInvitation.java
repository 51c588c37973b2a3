package org.guwah.store.accounts;

import java.util.Objects;

/**
 * A new invitation together with its token, which exists only here: hand it to the invitee (as
 * an enrolment link) and drop it. {@link #toString()} redacts the token.
 *
 * @param invitation what was stored
 * @param token 256 random bits, base64url without padding (43 characters)
 */
public record IssuedInvitation(Invitation invitation, String token) {
  public IssuedInvitation {
    Objects.requireNonNull(invitation, "invitation");
    Objects.requireNonNull(token, "token");
  }

  @Override
  public String toString() {
    return "IssuedInvitation[" + invitation + ", token=redacted]";
  }
}
