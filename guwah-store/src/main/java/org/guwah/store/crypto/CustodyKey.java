package org.guwah.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.guwah.store.crypto.custody.Shamir;
import org.guwah.store.crypto.custody.Share;

/**
 * The custody key of one split: a random 256-bit AES-GCM key (as a Tink AEAD primitive) that
 * encrypts both keysets in {@code custody.json}, with the split's public metadata. The raw key
 * bytes are not kept after the primitive is built; the key is never written anywhere, only its
 * shares leave.
 */
final class CustodyKey {
  /** Key length in bytes (AES-256). */
  static final int LENGTH = 32;

  private final Aead aead;
  private final String splitId;
  private final int threshold;
  private final int shareCount;
  private final String fingerprint;

  private CustodyKey(byte[] key, Share anyShare) {
    if (key.length != LENGTH) {
      throw new UnableToReadKeysException("The shares do not hold a " + LENGTH + "-byte custody key");
    }
    this.aead = aeadOf(key);
    this.splitId = anyShare.splitId();
    this.threshold = anyShare.threshold();
    this.shareCount = anyShare.shareCount();
    this.fingerprint = anyShare.secretFingerprint();
  }

  /** The key {@code key} that {@code shares} were split from (the array is not kept). */
  static CustodyKey of(byte[] key, List<Share> shares) {
    return new CustodyKey(key, shares.get(0));
  }

  /**
   * Combines {@code shares} into the custody key.
   *
   * @throws org.guwah.store.crypto.custody.UnableToCombineSharesException as {@link
   *     Shamir#combine}
   * @throws UnableToReadKeysException if the shares hold a secret of another length
   */
  static CustodyKey combine(List<Share> shares) {
    byte[] key = Shamir.combine(shares);
    try {
      return new CustodyKey(key, shares.get(0));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static Aead aeadOf(byte[] key) {
    try {
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(LENGTH)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      return AesGcmJce.create(
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
              .build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available");
    }
  }

  Aead aead() {
    return aead;
  }

  String splitId() {
    return splitId;
  }

  int threshold() {
    return threshold;
  }

  int shareCount() {
    return shareCount;
  }

  String fingerprint() {
    return fingerprint;
  }

  @Override
  public String toString() {
    return "CustodyKey[split " + splitId + ", " + threshold + " of " + shareCount + "]";
  }
}
