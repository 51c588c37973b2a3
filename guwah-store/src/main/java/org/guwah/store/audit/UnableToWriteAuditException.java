package org.guwah.store.audit;

import org.jspecify.annotations.Nullable;

/**
 * Audit entries could not be appended; none of them was written (the transaction rolled back). The
 * message names the operation and SQL state, never entry values.
 */
public final class UnableToWriteAuditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnableToWriteAuditException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
