package org.guwah.store.attachments.internal;

/** The upload passed its byte limit while being read. */
public final class UploadTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long limit;

  UploadTooLargeException(long limit) {
    super("upload exceeds " + limit + " bytes", null, false, false);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
