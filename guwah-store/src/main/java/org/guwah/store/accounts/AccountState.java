package org.guwah.store.accounts;

import java.util.Objects;

/** Life cycle of an account: enrolled, then active after the second factor is confirmed. */
public enum AccountState {
  /** Password set through an invitation; the authenticator app is not confirmed yet. */
  PENDING_SECOND_FACTOR("pending_second_factor"),
  /** Password and second factor set; may sign in. */
  ACTIVE("active"),
  /** May not sign in; kept for the audit trail. */
  DISABLED("disabled");

  private final String code;

  AccountState(String code) {
    this.code = code;
  }

  /** The lowercase code stored in the database. */
  public String code() {
    return code;
  }

  /**
   * The state with this code.
   *
   * @throws IllegalArgumentException if no state has this code
   */
  public static AccountState fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (AccountState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown account state");
  }
}
