package org.guwah.store.accounts;

/**
 * Refused because it would leave no active administrator, and with it no way to manage accounts
 * short of the operator's first-start invitation.
 */
public final class LastAdministratorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LastAdministratorException() {
    super("this would leave no active administrator");
  }
}
