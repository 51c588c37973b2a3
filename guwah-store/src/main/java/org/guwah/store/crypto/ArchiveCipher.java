package org.guwah.store.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encryption of one backup archive: a fresh streaming-AEAD keyset (AES256_GCM_HKDF_1MB: AES-256-GCM
 * in 1 MiB segments, each authenticated, the last one marked so that truncation is detected), kept
 * in the archive only {@link #wrap wrapped} under the {@link KeyRing}'s field key.
 *
 * <p>Every archive gets its own keyset ({@link #generate()}), so archives are independent and a
 * leaked archive keyset opens one archive only. The wrapped keyset is bound to the archive by
 * associated data (e.g. {@code "guwah:backup:" + archiveId}); the stream is bound to the archive's
 * clear header by the stream's associated data.
 *
 * <p>Thread-safe (streams are not). Nothing is logged; exception messages never contain key
 * material, plaintext or associated data.
 */
public final class ArchiveCipher {
  private static final byte TINK_PREFIX = 0x01;
  private static final int TINK_PREFIX_LENGTH = 5;

  private final KeysetHandle keyset;
  private final StreamingAead streamingAead;

  private ArchiveCipher(KeysetHandle keyset) throws GeneralSecurityException {
    this.keyset = keyset;
    this.streamingAead = keyset.getPrimitive(TinkConfiguration.get(), StreamingAead.class);
  }

  /**
   * A cipher with a freshly generated keyset.
   *
   * @throws UnableToEncryptFieldException if the provider cannot generate a key
   */
  public static ArchiveCipher generate() {
    try {
      return new ArchiveCipher(
          KeysetHandle.generateNew(
              PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB, TinkConfiguration.get()));
    } catch (GeneralSecurityException e) {
      throw new UnableToEncryptFieldException("Unable to generate an archive key", e);
    }
  }

  /**
   * This cipher's keyset, serialized and encrypted with {@code keys}' field cipher (current primary
   * key) bound to {@code associatedData}. The cleartext serialization is wiped after use.
   *
   * @throws IllegalArgumentException if {@code associatedData} is empty
   * @throws UnableToEncryptFieldException if serialization or encryption fails
   */
  public byte[] wrap(KeyRing keys, byte[] associatedData) {
    Objects.requireNonNull(keys, "keys");
    byte[] serialized;
    try {
      serialized =
          TinkProtoKeysetFormat.serializeKeyset(
              keyset, InsecureSecretKeyAccess.get(), TinkConfiguration.get());
    } catch (GeneralSecurityException e) {
      throw new UnableToEncryptFieldException("Unable to serialize the archive key", e);
    }
    try {
      return keys.fieldCipher().encrypt(serialized, associatedData);
    } finally {
      Arrays.fill(serialized, (byte) 0);
    }
  }

  /**
   * Opens a keyset made by {@link #wrap} with the same associated data.
   *
   * @throws ArchiveKeyNotInRingException if the wrapping key is not in {@code keys} (the archive
   *     was made by another installation, or with a key since removed)
   * @throws UnableToDecryptFieldException if {@code wrapped} or {@code associatedData} was altered,
   *     or the content is not a streaming-AEAD keyset
   */
  public static ArchiveCipher unwrap(byte[] wrapped, byte[] associatedData, KeyRing keys) {
    Objects.requireNonNull(wrapped, "wrapped");
    Objects.requireNonNull(keys, "keys");
    requireKnownKey(wrapped, keys);
    byte[] serialized = keys.fieldCipher().decrypt(wrapped, associatedData);
    try {
      return new ArchiveCipher(
          TinkProtoKeysetFormat.parseKeyset(
              serialized, InsecureSecretKeyAccess.get(), TinkConfiguration.get()));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new UnableToDecryptFieldException("Archive key is not a streaming AEAD keyset");
    } finally {
      Arrays.fill(serialized, (byte) 0);
    }
  }

  private static void requireKnownKey(byte[] wrapped, KeyRing keys) {
    if (wrapped.length < TINK_PREFIX_LENGTH || wrapped[0] != TINK_PREFIX) {
      return; // not a prefixed ciphertext: decryption decides
    }
    long keyId = Integer.toUnsignedLong(ByteBuffer.wrap(wrapped, 1, 4).getInt());
    boolean known =
        keys.keyInfo().keysets().stream()
            .filter(keyset -> keyset.purpose().equals(KeysetKind.FIELDS.purpose()))
            .flatMap(keyset -> keyset.keys().stream())
            .anyMatch(key -> key.id() == keyId);
    if (!known) {
      throw new ArchiveKeyNotInRingException(keyId, keys.directory());
    }
  }

  /**
   * A stream that encrypts what is written to it into {@code ciphertext}; {@link
   * OutputStream#close()} writes the final segment and closes {@code ciphertext}.
   *
   * @throws IOException if writing the stream header fails
   * @throws UnableToEncryptFieldException if the provider fails
   */
  public OutputStream encryptingStream(OutputStream ciphertext, byte[] associatedData)
      throws IOException {
    try {
      return streamingAead.newEncryptingStream(ciphertext, associatedData.clone());
    } catch (GeneralSecurityException e) {
      throw new UnableToEncryptFieldException("Unable to start encrypting the archive", e);
    }
  }

  /**
   * A stream of the plaintext of {@code ciphertext}. Each segment is authenticated before its
   * bytes are returned; reads throw {@link IOException} when a segment was altered, the associated
   * data differs, or the stream was truncated (detected when the end is read).
   *
   * @throws IOException if the stream cannot be set up
   */
  public InputStream decryptingStream(InputStream ciphertext, byte[] associatedData)
      throws IOException {
    try {
      return streamingAead.newDecryptingStream(ciphertext, associatedData.clone());
    } catch (GeneralSecurityException e) {
      throw new IOException("Unable to start decrypting the archive", e);
    }
  }

  @Override
  public String toString() {
    return "ArchiveCipher[AES256_GCM_HKDF_1MB]";
  }
}
