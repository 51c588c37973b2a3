package org.guwah.store.crypto.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guwah.store.crypto.custody.UnableToCombineSharesException.Reason;

/**
 * Shamir secret sharing over {@link GaloisField256 GF(256)} (AES polynomial {@code 0x11B}), byte
 * by byte: each secret byte is the constant term of its own random polynomial of degree {@code
 * k - 1}; share {@code i} holds the polynomials' values at {@code x = i}. Any {@code k} shares
 * rebuild the secret by Lagrange interpolation at zero; {@code k - 1} or fewer reveal nothing
 * about it (every secret is equally consistent with them).
 *
 * <p>Every share also carries a random split id, the threshold and share count, and a
 * fingerprint of the secret, so {@link #combine} refuses too few shares, duplicates, shares of
 * different splits, and detects a forged or damaged share instead of returning a wrong secret.
 *
 * <p>Meant for high-entropy secrets (keys): the fingerprint would let a holder of one share test
 * guesses of a low-entropy secret. Stateless and thread-safe; field arithmetic is constant-time.
 * Nothing is logged; exception messages never contain share values or the secret.
 */
public final class Shamir {
  /** Largest number of shares of one split (the non-zero elements of GF(256)). */
  public static final int MAX_SHARES = 255;

  /** Bound on the k-subsets {@link #combine} tries when a share is forged or damaged. */
  private static final int MAX_ATTEMPTS = 10_000;

  private static final byte[] FINGERPRINT_LABEL =
      "guwah/shamir/v1/fingerprint".getBytes(StandardCharsets.US_ASCII);

  private Shamir() {}

  /**
   * Splits {@code secret} into {@code shares} shares of which any {@code threshold} rebuild it.
   * The split id and the polynomial coefficients come from {@code random}; the secret array is
   * not modified, and the coefficients are wiped after use.
   *
   * @param secret 1 to {@value Share#MAX_SECRET_LENGTH} bytes, e.g. a 32-byte key
   * @param shares n, at least {@code threshold}, at most {@value #MAX_SHARES}
   * @param threshold k, at least 2
   * @return shares with indexes 1..n in order
   * @throws IllegalArgumentException if the counts or the secret length are out of range
   */
  public static List<Share> split(byte[] secret, int shares, int threshold, SecureRandom random) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(random, "random");
    if (threshold < 2 || threshold > shares || shares > MAX_SHARES) {
      throw new IllegalArgumentException(
          "need 2 <= threshold <= shares <= " + MAX_SHARES + ", got threshold " + threshold
              + " of " + shares + " shares");
    }
    if (secret.length == 0 || secret.length > Share.MAX_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "secret length must be 1.." + Share.MAX_SECRET_LENGTH + " bytes");
    }
    byte[] splitId = new byte[Share.SPLIT_ID_LENGTH];
    random.nextBytes(splitId);
    byte[] fingerprint = fingerprint(splitId, secret);
    byte[][] values = new byte[shares][secret.length];
    byte[] coefficients = new byte[threshold];
    try {
      for (int position = 0; position < secret.length; position++) {
        random.nextBytes(coefficients);
        coefficients[0] = secret[position];
        for (int x = 1; x <= shares; x++) {
          values[x - 1][position] = (byte) evaluate(coefficients, x);
        }
      }
      List<Share> result = new ArrayList<>(shares);
      for (int x = 1; x <= shares; x++) {
        result.add(new Share(splitId, shares, threshold, x, fingerprint, values[x - 1]));
      }
      return List.copyOf(result);
    } finally {
      Arrays.fill(coefficients, (byte) 0);
      for (byte[] value : values) {
        Arrays.fill(value, (byte) 0);
      }
    }
  }

  /** Horner's rule: c0 + x(c1 + x(c2 + ...)). */
  private static int evaluate(byte[] coefficients, int x) {
    int result = 0;
    for (int i = coefficients.length - 1; i >= 0; i--) {
      result = GaloisField256.add(GaloisField256.multiply(result, x), coefficients[i] & 0xFF);
    }
    return result;
  }

  /**
   * Rebuilds the secret from at least {@code threshold} shares of one split, in any order.
   *
   * <p>The first {@code threshold} shares are interpolated and the result is checked against the
   * shares' fingerprint; if it does not match and more shares were given, other subsets of
   * {@code threshold} shares are tried (at most {@value #MAX_ATTEMPTS}), so one forged or
   * damaged share among enough good ones does not block recovery.
   *
   * @return a new array holding the secret; the caller should wipe it after use
   * @throws UnableToCombineSharesException with reason {@link Reason#TOO_FEW} (fewer shares than
   *     the threshold, or none), {@link Reason#DUPLICATE_INDEX} (an index given twice), {@link
   *     Reason#MIXED_SPLITS} (different split ids), {@link Reason#INCONSISTENT} (metadata of one
   *     split disagree) or {@link Reason#WRONG_SECRET} (no subset matches the fingerprint)
   */
  public static byte[] combine(Collection<Share> shares) {
    List<Share> given = List.copyOf(shares);
    if (given.isEmpty()) {
      throw new UnableToCombineSharesException(Reason.TOO_FEW, "No shares were given");
    }
    Share first = given.get(0);
    Set<Integer> indexes = new HashSet<>();
    for (Share share : given) {
      if (!share.splitId().equals(first.splitId())) {
        throw new UnableToCombineSharesException(
            Reason.MIXED_SPLITS,
            "The shares come from different splits (" + first.splitId() + " and "
                + share.splitId() + "); give shares of one split only");
      }
      if (share.threshold() != first.threshold()
          || share.shareCount() != first.shareCount()
          || share.secretLength() != first.secretLength()
          || !share.secretFingerprint().equals(first.secretFingerprint())) {
        throw new UnableToCombineSharesException(
            Reason.INCONSISTENT,
            "The shares of split " + first.splitId() + " disagree on threshold, count, length or"
                + " fingerprint: at least one of them is forged or damaged");
      }
      if (!indexes.add(share.index())) {
        throw new UnableToCombineSharesException(
            Reason.DUPLICATE_INDEX,
            "Share " + share.index() + " of split " + first.splitId()
                + " was given more than once; give distinct shares");
      }
    }
    int k = first.threshold();
    if (given.size() < k) {
      throw new UnableToCombineSharesException(
          Reason.TOO_FEW,
          given.size() + (given.size() == 1 ? " share" : " shares") + " of split "
              + first.splitId() + " given; any " + k + " of its " + first.shareCount()
              + " shares are needed");
    }
    byte[] expected = first.fingerprintBytes();
    byte[] splitId = first.splitIdBytes();
    int[] subset = new int[k];
    for (int i = 0; i < k; i++) {
      subset[i] = i;
    }
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      byte[] secret = interpolateAtZero(given, subset);
      if (MessageDigest.isEqual(fingerprint(splitId, secret), expected)) {
        return secret;
      }
      Arrays.fill(secret, (byte) 0);
      if (!nextSubset(subset, given.size())) {
        break;
      }
    }
    throw new UnableToCombineSharesException(
        Reason.WRONG_SECRET,
        "The shares of split " + first.splitId() + " do not rebuild the secret: at least one"
            + " share is forged or damaged; try other shares");
  }

  /** Lagrange interpolation at x = 0 of the shares at {@code subset}, byte by byte. */
  private static byte[] interpolateAtZero(List<Share> shares, int[] subset) {
    int length = shares.get(0).secretLength();
    int[] basis = new int[subset.length];
    for (int i = 0; i < subset.length; i++) {
      int xi = shares.get(subset[i]).index();
      int numerator = 1;
      int denominator = 1;
      for (int j = 0; j < subset.length; j++) {
        if (j != i) {
          int xj = shares.get(subset[j]).index();
          numerator = GaloisField256.multiply(numerator, xj);
          denominator = GaloisField256.multiply(denominator, GaloisField256.add(xj, xi));
        }
      }
      basis[i] = GaloisField256.divide(numerator, denominator);
    }
    byte[] secret = new byte[length];
    for (int position = 0; position < length; position++) {
      int value = 0;
      for (int i = 0; i < subset.length; i++) {
        value ^= GaloisField256.multiply(shares.get(subset[i]).valueAt(position), basis[i]);
      }
      secret[position] = (byte) value;
    }
    return secret;
  }

  /** Advances {@code subset} to the next k-combination of 0..n-1 in lexicographic order. */
  private static boolean nextSubset(int[] subset, int n) {
    int k = subset.length;
    int i = k - 1;
    while (i >= 0 && subset[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    subset[i]++;
    for (int j = i + 1; j < k; j++) {
      subset[j] = subset[j - 1] + 1;
    }
    return true;
  }

  /** First 8 bytes of SHA-256(label ‖ split id ‖ secret). */
  static byte[] fingerprint(byte[] splitId, byte[] secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(FINGERPRINT_LABEL);
      sha256.update(splitId);
      sha256.update(secret);
      return Arrays.copyOf(sha256.digest(), Share.FINGERPRINT_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
