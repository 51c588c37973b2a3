package org.guwah.store.attachments;

/** The upload has no bytes at all. */
public final class EmptyAttachmentException extends AttachmentRejectedException {
  private static final long serialVersionUID = 1L;

  EmptyAttachmentException() {
    super("attachment is empty (0 bytes)");
  }

  @Override
  public String code() {
    return "attachment_empty";
  }
}
