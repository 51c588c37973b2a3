package org.guwah.store.attachments;

/**
 * An upload was refused; nothing of it was stored (all chunks and the metadata row are written in
 * one transaction, rolled back on refusal). Each subclass is one reason, with a stable {@link
 * #code()} for API error envelopes. Messages say what is wrong and where (a byte offset, a
 * structure name, a media type), never the file name, caption or content bytes.
 */
public abstract sealed class AttachmentRejectedException extends RuntimeException
    permits AttachmentTooLargeException,
        EmptyAttachmentException,
        UnsupportedAttachmentTypeException,
        MediaTypeMismatchException,
        MalformedAttachmentException {
  private static final long serialVersionUID = 1L;

  AttachmentRejectedException(String message) {
    super(message);
  }

  /** A stable machine-readable code, e.g. {@code attachment_too_large}. */
  public abstract String code();
}
