package org.guwah.store.attachments;

/**
 * The content is not one of the accepted types ({@link MediaType}), or is a type refused on
 * purpose: HTML, SVG and other markup (they can carry script), scripts, executables, archives,
 * HEIC/AVIF images, MP4 with video, text that is not UTF-8. The message names what was recognised
 * and what is accepted.
 */
public final class UnsupportedAttachmentTypeException extends AttachmentRejectedException {
  private static final long serialVersionUID = 1L;

  UnsupportedAttachmentTypeException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "attachment_type_unsupported";
  }
}
