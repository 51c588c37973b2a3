package org.guwah.store.cases;

import org.jspecify.annotations.Nullable;

/** The database refused or failed an operation. The message names the operation, never data. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
