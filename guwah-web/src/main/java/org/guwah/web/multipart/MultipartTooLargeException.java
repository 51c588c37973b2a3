package org.guwah.web.multipart;

import java.io.IOException;

/**
 * A {@code multipart/form-data} body, or one text field of it, is longer than allowed. Thrown as
 * soon as the limit is passed while reading, before anything past it is kept.
 */
public final class MultipartTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;
  private final long limit;

  public MultipartTooLargeException(String safeMessage, long limit) {
    super(safeMessage);
    this.limit = limit;
  }

  /** The limit that was passed, in bytes. */
  public long limit() {
    return limit;
  }
}
