package org.guwah.store.attachments.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.guwah.store.attachments.AttachmentLabel;
import org.jspecify.annotations.Nullable;

/**
 * The plaintext layouts of the two sealed columns. Provenance: original size (8 bytes), SHA-256
 * of the original (32), SHA-256 of the stored content (32). Label: file name length (4), file name
 * (UTF-8), caption flag (1), caption (UTF-8).
 */
public final class SealedParts {
  private static final int PROVENANCE_LENGTH = 8 + 32 + 32;

  private SealedParts() {}

  /** Original size and the two digests. */
  public record Provenance(long originalSize, byte[] originalSha256, byte[] storedSha256) {
    public Provenance {
      if (originalSha256.length != 32 || storedSha256.length != 32) {
        throw new IllegalArgumentException("digests must have 32 bytes");
      }
      originalSha256 = originalSha256.clone();
      storedSha256 = storedSha256.clone();
    }

    @Override
    public byte[] originalSha256() {
      return originalSha256.clone();
    }

    @Override
    public byte[] storedSha256() {
      return storedSha256.clone();
    }

    @Override
    public String toString() {
      return "Provenance[originalSize=" + originalSize + "]";
    }
  }

  public static byte[] provenance(Provenance p) {
    return ByteBuffer.allocate(PROVENANCE_LENGTH)
        .putLong(p.originalSize())
        .put(p.originalSha256())
        .put(p.storedSha256())
        .array();
  }

  public static Provenance provenance(byte[] plaintext) {
    if (plaintext.length != PROVENANCE_LENGTH) {
      throw new IllegalArgumentException("provenance has the wrong length");
    }
    ByteBuffer b = ByteBuffer.wrap(plaintext);
    long size = b.getLong();
    byte[] original = new byte[32];
    byte[] stored = new byte[32];
    b.get(original).get(stored);
    return new Provenance(size, original, stored);
  }

  public static byte[] label(String fileName, @Nullable String caption) {
    byte[] name = fileName.getBytes(StandardCharsets.UTF_8);
    byte[] text = caption == null ? new byte[0] : caption.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + name.length + 1 + text.length)
        .putInt(name.length)
        .put(name)
        .put((byte) (caption == null ? 0 : 1))
        .put(text)
        .array();
  }

  /** File name and caption. */
  public static AttachmentLabel label(byte[] plaintext) {
    ByteBuffer b = ByteBuffer.wrap(plaintext);
    int nameLength = b.getInt();
    if (nameLength < 0 || nameLength > plaintext.length - 5) {
      throw new IllegalArgumentException("label is malformed");
    }
    String name = new String(plaintext, 4, nameLength, StandardCharsets.UTF_8);
    byte flag = plaintext[4 + nameLength];
    String caption = flag == 0
        ? null
        : new String(Arrays.copyOfRange(plaintext, 5 + nameLength, plaintext.length), StandardCharsets.UTF_8);
    return new AttachmentLabel(name, caption);
  }
}
