package org.guwah.store.attachments;

/**
 * The content starts like an accepted type but its structure is broken: cut short, a length that
 * points past the end or its container, a bad checksum, an unexpected block, invalid UTF-8. The
 * message names the type, the structure and the byte offset, never content bytes.
 */
public final class MalformedAttachmentException extends AttachmentRejectedException {
  private static final long serialVersionUID = 1L;
  private final MediaType mediaType;

  MalformedAttachmentException(MediaType mediaType, String problem) {
    super("malformed " + mediaType.mime() + ": " + problem);
    this.mediaType = mediaType;
  }

  /** The type the content was detected as. */
  public MediaType mediaType() {
    return mediaType;
  }

  @Override
  public String code() {
    return "attachment_malformed";
  }
}
