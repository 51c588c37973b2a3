package org.guwah.store.accounts;

import java.util.UUID;

/** No account has the given id. */
public final class AccountNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AccountNotFoundException(UUID id) {
    super("no account " + id);
  }
}
