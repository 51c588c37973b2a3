package org.guwah.store.crypto;

import com.google.crypto.tink.Aead;
import java.nio.charset.CharacterCodingException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encrypts and decrypts identity fields with the AEAD keyset of a {@link KeyRing} (AES-256-GCM,
 * random nonce, so equal plaintexts give different ciphertexts).
 *
 * <p>The associated data binds a ciphertext to its row: pass the same non-empty bytes when
 * encrypting and decrypting, e.g. {@code "person:" + uuid} in UTF-8. A ciphertext copied to
 * another row, a tampered ciphertext, or one made with a key not in the ring fails with {@link
 * UnableToDecryptFieldException}. Ciphertexts carry the id of the key that made them, so they
 * still decrypt after {@link KeyRing#rotate()}; new ciphertexts always use the current primary
 * key, also through an instance obtained before the rotation.
 *
 * <p>Thread-safe and allocation-light: the primitive is created once per keyset version. Nothing
 * is logged; exception messages never contain plaintext, ciphertext or associated data.
 */
public final class FieldCipher {
  private volatile Aead aead;
  private volatile byte[] primaryPrefix;

  FieldCipher(Aead aead, byte[] primaryPrefix) {
    this.aead = aead;
    this.primaryPrefix = primaryPrefix.clone();
  }

  /**
   * Switches to the primitive of a new keyset version (called by {@link KeyRing#rotate()}); {@code
   * newPrimaryPrefix} is the output prefix of its primary key (Tink: 0x01 and the 4-byte key id).
   */
  void use(Aead newAead, byte[] newPrimaryPrefix) {
    byte[] prefix = newPrimaryPrefix.clone();
    this.aead = newAead;
    this.primaryPrefix = prefix;
  }

  /**
   * Whether {@code ciphertext} was made with the current primary key, judged by its key-id prefix
   * alone (nothing is decrypted or authenticated): re-encryption after {@link KeyRing#rotate()}
   * skips such ciphertexts. A ciphertext of a keyset without prefixes never counts as sealed with
   * the primary.
   */
  public boolean sealedWithPrimary(byte[] ciphertext) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    byte[] prefix = primaryPrefix;
    return prefix.length > 0
        && ciphertext.length > prefix.length
        && Arrays.equals(ciphertext, 0, prefix.length, prefix, 0, prefix.length);
  }

  /**
   * Encrypts {@code plaintext} (may be empty) bound to {@code associatedData}.
   *
   * @throws IllegalArgumentException if {@code associatedData} is empty
   * @throws UnableToEncryptFieldException if the provider fails
   */
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    requireAssociatedData(associatedData);
    try {
      return aead.encrypt(plaintext, associatedData);
    } catch (GeneralSecurityException e) {
      throw new UnableToEncryptFieldException("Unable to encrypt field", e);
    }
  }

  /**
   * Decrypts a ciphertext made by {@link #encrypt} with the same associated data.
   *
   * @throws IllegalArgumentException if {@code associatedData} is empty
   * @throws UnableToDecryptFieldException if the ciphertext was altered, belongs to other
   *     associated data, or no key in the ring made it
   */
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    requireAssociatedData(associatedData);
    try {
      return aead.decrypt(ciphertext, associatedData);
    } catch (GeneralSecurityException e) {
      // Tink's messages carry no data; the cause is kept for diagnosis of key problems.
      throw new UnableToDecryptFieldException(
          "Unable to decrypt field: ciphertext altered, bound to another row, or key unknown", e);
    }
  }

  /**
   * Encrypts the UTF-8 bytes of {@code plaintext}.
   *
   * @throws IllegalArgumentException if {@code plaintext} holds unpaired surrogates (message
   *     without the text) or {@code associatedData} is empty
   * @throws UnableToEncryptFieldException if the provider fails
   */
  public byte[] encryptString(String plaintext, byte[] associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    return encrypt(StrictUtf8.encode(plaintext, "plaintext"), associatedData);
  }

  /**
   * Decrypts a ciphertext made by {@link #encryptString}.
   *
   * @throws UnableToDecryptFieldException as {@link #decrypt}, or if the plaintext is not UTF-8
   */
  public String decryptString(byte[] ciphertext, byte[] associatedData) {
    byte[] plaintext = decrypt(ciphertext, associatedData);
    try {
      return StrictUtf8.decode(plaintext);
    } catch (CharacterCodingException e) {
      throw new UnableToDecryptFieldException("Decrypted field is not UTF-8 text");
    }
  }

  private static void requireAssociatedData(byte[] associatedData) {
    Objects.requireNonNull(associatedData, "associatedData");
    if (associatedData.length == 0) {
      throw new IllegalArgumentException(
          "associated data must not be empty: bind each ciphertext to its row");
    }
  }

  @Override
  public String toString() {
    return "FieldCipher[AES256_GCM]";
  }
}
