package org.guwah.store.attachments.internal;

/**
 * The content cannot be stored: its type is not accepted ({@link Reason#UNSUPPORTED}) or its
 * structure is broken ({@link Reason#MALFORMED}). Messages name structures and byte offsets, never
 * content bytes. Translated into the public exceptions by the store.
 */
public final class ContentRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the content was refused. */
  public enum Reason {
    UNSUPPORTED,
    MALFORMED
  }

  private final Reason reason;

  private ContentRefusedException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public static ContentRefusedException unsupported(String message) {
    return new ContentRefusedException(Reason.UNSUPPORTED, message);
  }

  public static ContentRefusedException malformed(String message) {
    return new ContentRefusedException(Reason.MALFORMED, message);
  }

  public Reason reason() {
    return reason;
  }
}
