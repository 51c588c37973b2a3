package org.guwah.store.accounts;

/**
 * Another account already has this login name (ignoring case). The invitation was not used and
 * can be redeemed with another name. The message does not contain the name.
 */
public final class LoginNameTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LoginNameTakenException() {
    super("this login name is taken");
  }
}
