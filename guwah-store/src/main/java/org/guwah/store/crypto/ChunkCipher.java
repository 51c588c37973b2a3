package org.guwah.store.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Seals a long byte stream (an attachment) as a sequence of independently sealed chunks, so that
 * it can be written and read chunk by chunk without ever holding the whole stream in memory.
 *
 * <p><b>Construction.</b> Each chunk is sealed with the field keyset of a {@link KeyRing} (the
 * same AES-256-GCM keys and rotation as {@link FieldCipher}; random 96-bit nonce per chunk) with
 * associated data {@code guwah:chunk:v1:<stream>:<index>:<last|more>}: the stream's id, the
 * chunk's position, and whether it is the final chunk. This is the STREAM construction (Hoang,
 * Reyhanitabar, Rogaway, Vizár, CRYPTO 2015) with a randomised nonce: a chunk moved to another
 * stream, to another position, or two chunks swapped fail to open; cutting chunks off the end
 * leaves a last chunk sealed as {@code more}, which fails to open as {@code last}; a chunk
 * appended after the final one has no valid position. The writer does not need to know the
 * number of chunks in advance (it learns whether a chunk is the last only when the stream ends),
 * which is why the final flag, not the count, is bound; a reader that also knows the count (e.g.
 * from an authenticated metadata row) opens chunk {@code i} of {@code n} with {@code last = (i ==
 * n - 1)}.
 *
 * <p>The prefix {@code guwah:chunk:v1:} separates these ciphertexts from record envelopes ({@code
 * guwah:<kind>:<id>}), so neither can be passed off as the other.
 *
 * <p><b>Rotation.</b> Each sealed chunk starts with Tink's 5-byte key-id prefix; after {@link
 * KeyRing#rotate()} new chunks use the new primary key, old chunks still open, and {@link
 * #sealedWithPrimary} tells which chunks a re-sealing job still has to visit (open with the same
 * stream, index and flag, seal again).
 *
 * <p>Thread-safe. Nothing is logged; exception messages never contain plaintext, ciphertext or
 * associated data.
 */
public final class ChunkCipher {
  private static final String DOMAIN = "guwah:chunk:v1:";
  /** Longest stream id accepted. */
  public static final int MAX_STREAM_ID_LENGTH = 200;

  private final FieldCipher cipher;

  private ChunkCipher(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** A chunk cipher on the field keyset of {@code keys} (follows its rotations). */
  public static ChunkCipher of(KeyRing keys) {
    return new ChunkCipher(Objects.requireNonNull(keys, "keys").fieldCipher());
  }

  /**
   * Seals chunk {@code index} of stream {@code streamId}.
   *
   * @param streamId printable ASCII without spaces, 1 to {@value #MAX_STREAM_ID_LENGTH}
   *     characters, e.g. {@code attachment:<uuid>}; unique per stream
   * @param index the chunk's position, from 0
   * @param last whether this is the final chunk of the stream
   * @param plaintext the chunk's bytes (may be empty); not modified
   * @throws IllegalArgumentException if {@code streamId} or {@code index} is not acceptable
   * @throws UnableToEncryptFieldException if the provider fails
   */
  public byte[] seal(String streamId, long index, boolean last, byte[] plaintext) {
    return cipher.encrypt(plaintext, associatedData(streamId, index, last));
  }

  /**
   * Opens a chunk sealed by {@link #seal} with the same stream id, index and final flag.
   *
   * @throws IllegalArgumentException if {@code streamId} or {@code index} is not acceptable
   * @throws UnableToDecryptFieldException if the chunk was altered, belongs to another stream or
   *     position, its final flag differs, or no key of the ring made it
   */
  public byte[] open(String streamId, long index, boolean last, byte[] sealed) {
    return cipher.decrypt(sealed, associatedData(streamId, index, last));
  }

  /**
   * Whether {@code sealed} was made with the current primary key, judged by its key-id prefix only
   * (nothing is decrypted): see {@link FieldCipher#sealedWithPrimary}.
   */
  public boolean sealedWithPrimary(byte[] sealed) {
    return cipher.sealedWithPrimary(sealed);
  }

  static byte[] associatedData(String streamId, long index, boolean last) {
    Objects.requireNonNull(streamId, "streamId");
    if (streamId.isEmpty() || streamId.length() > MAX_STREAM_ID_LENGTH) {
      throw new IllegalArgumentException(
          "stream id must have 1 to " + MAX_STREAM_ID_LENGTH + " characters");
    }
    for (int i = 0; i < streamId.length(); i++) {
      char c = streamId.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException("stream id must be printable ASCII without spaces");
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException("chunk index must not be negative");
    }
    return (DOMAIN + streamId + ":" + index + ":" + (last ? "last" : "more"))
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return "ChunkCipher[AES256_GCM, STREAM]";
  }
}
