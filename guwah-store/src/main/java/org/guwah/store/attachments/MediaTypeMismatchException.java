package org.guwah.store.attachments;

/** The client declared one media type and the content is another; the message names both. */
public final class MediaTypeMismatchException extends AttachmentRejectedException {
  private static final long serialVersionUID = 1L;
  private final String declared;
  private final MediaType detected;

  MediaTypeMismatchException(String declared, MediaType detected) {
    super("declared media type " + declared + " does not match the content, which is " + detected.mime());
    this.declared = declared;
    this.detected = detected;
  }

  /** The declared type, normalised (a validated {@code type/subtype} token). */
  public String declared() {
    return declared;
  }

  /** The type detected from the content. */
  public MediaType detected() {
    return detected;
  }

  @Override
  public String code() {
    return "attachment_type_mismatch";
  }
}
