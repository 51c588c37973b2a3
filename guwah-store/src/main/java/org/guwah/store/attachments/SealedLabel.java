package org.guwah.store.attachments;

import java.util.Arrays;
import java.util.Objects;

/**
 * An attachment's file name and caption, still sealed (AES-256-GCM under the field key, bound to
 * the attachment's id and every clear metadata column). Opaque: only {@link
 * AttachmentStore#openLabel} opens it. {@link #toString()} reveals nothing, not even the length.
 */
public final class SealedLabel {
  private final byte[] ciphertext;

  SealedLabel(byte[] ciphertext) {
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
  }

  byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedLabel that && Arrays.equals(ciphertext, that.ciphertext);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "SealedLabel[sealed]";
  }
}
