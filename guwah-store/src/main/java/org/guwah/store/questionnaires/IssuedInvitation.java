package org.guwah.store.questionnaires;

import java.util.Objects;

/**
 * A newly issued invitation with its token: the only time the token exists outside the
 * respondent's hands. Show it once; it is not stored.
 */
public record IssuedInvitation(InvitationInfo info, String token) {
  public IssuedInvitation {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(token, "token");
  }

  /** The respondent's address, relative to the site: {@code /q/TOKEN}. */
  public String path() {
    return "/q/" + token;
  }

  @Override
  public String toString() {
    return "IssuedInvitation[" + info.shortId() + ", <token>]";
  }
}
