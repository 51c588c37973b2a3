package org.guwah.store.audit;

import org.jspecify.annotations.Nullable;

/** The audit log could not be read (database error). The message names the operation only. */
public final class UnableToReadAuditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnableToReadAuditException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
