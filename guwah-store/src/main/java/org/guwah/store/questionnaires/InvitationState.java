package org.guwah.store.questionnaires;

import java.util.Locale;

/** Where an invitation stands. */
public enum InvitationState {
  OPEN,
  USED,
  EXPIRED,
  REVOKED;

  /** Lower-case name, for messages and CSS classes. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
