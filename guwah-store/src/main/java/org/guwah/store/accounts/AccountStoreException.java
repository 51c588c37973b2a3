package org.guwah.store.accounts;

/**
 * The database refused or failed an account operation. The message names the operation, the SQL
 * state and constraint, never a value; the driver's exception is not kept as the cause because
 * its text can carry row contents.
 */
public final class AccountStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AccountStoreException(String message) {
    super(message);
  }
}
