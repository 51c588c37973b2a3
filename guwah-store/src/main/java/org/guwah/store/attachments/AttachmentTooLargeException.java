package org.guwah.store.attachments;

/** The upload has more bytes than the store's limit ({@link AttachmentStore#maxSize()}). */
public final class AttachmentTooLargeException extends AttachmentRejectedException {
  private static final long serialVersionUID = 1L;
  private final long limit;

  AttachmentTooLargeException(long limit) {
    super("attachment is larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit in bytes. */
  public long limit() {
    return limit;
  }

  @Override
  public String code() {
    return "attachment_too_large";
  }
}
