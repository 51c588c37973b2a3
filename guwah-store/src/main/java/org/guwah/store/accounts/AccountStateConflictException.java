package org.guwah.store.accounts;

import java.util.UUID;

/** The operation does not apply to the account in its current state. */
public final class AccountStateConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final AccountState state;

  AccountStateConflictException(UUID id, AccountState state, String operation) {
    super("account " + id + " is " + state.code() + ": cannot " + operation);
    this.state = state;
  }

  /** The account's state when the operation was refused. */
  public AccountState state() {
    return state;
  }
}
