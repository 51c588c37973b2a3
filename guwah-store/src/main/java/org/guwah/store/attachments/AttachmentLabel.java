package org.guwah.store.attachments;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity part of an attachment, decrypted on request ({@link AttachmentStore#openLabel}):
 * the original file name and the caption. Reading it is an identity read the caller must audit.
 * {@link #toString()} redacts both values.
 *
 * @param fileName the file name as uploaded
 * @param caption the caption, or null
 */
public record AttachmentLabel(String fileName, @Nullable String caption) {
  public AttachmentLabel {
    Objects.requireNonNull(fileName, "fileName");
  }

  @Override
  public String toString() {
    return "AttachmentLabel[fileName=<redacted>, caption=" + (caption == null ? "none" : "<redacted>") + "]";
  }
}
