package org.guwah.store.backup;

import java.io.IOException;

/** A table's COPY data is not well-formed (it never is when it comes from an intact archive). */
final class CopyDataException extends IOException {
  private static final long serialVersionUID = 1L;

  CopyDataException(String message) {
    super(message);
  }
}
