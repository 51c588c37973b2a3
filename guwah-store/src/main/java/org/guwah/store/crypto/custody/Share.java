package org.guwah.store.crypto.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One share of a {@link Shamir} split: the split's id, share count and threshold, this share's
 * index (its x coordinate, 1..count), a fingerprint of the secret, and the share value (one y
 * byte per secret byte).
 *
 * <p>Text form ({@link #format()}, {@link #parse(String)}): {@code guwah-share-v1-} followed by
 * Crockford base32 in groups of four separated by hyphens, e.g. {@code
 * guwah-share-v1-0A3F-...}. The encoded bytes are split id (8), share count (1), threshold (1),
 * index (1), fingerprint (8), value (secret length) and a 4-byte checksum (SHA-256 of a label and
 * everything before it), so a mistyped, truncated or damaged text is refused instead of silently
 * giving a wrong secret. Parsing ignores case, white space and hyphens and reads {@code O} as zero
 * and {@code I}/{@code L} as one.
 *
 * <p>Immutable and thread-safe. The value is secret: {@link #toString()} shows only the split id,
 * index, count and threshold. A share of a 32-byte secret is 88 characters in 22 groups.
 */
public final class Share {
  /** Prefix of the text form of this version. */
  public static final String PREFIX = "guwah-share-v1-";
  /** Largest secret length (bytes) a share can carry. */
  public static final int MAX_SECRET_LENGTH = 1024;

  static final int SPLIT_ID_LENGTH = 8;
  static final int FINGERPRINT_LENGTH = 8;
  private static final int CHECKSUM_LENGTH = 4;
  private static final int HEADER_LENGTH = SPLIT_ID_LENGTH + 3 + FINGERPRINT_LENGTH;
  private static final String FAMILY_PREFIX = "guwah-share-";
  private static final byte[] CHECKSUM_LABEL =
      "guwah/share/v1/checksum".getBytes(StandardCharsets.US_ASCII);
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] splitId;
  private final int shareCount;
  private final int threshold;
  private final int index;
  private final byte[] fingerprint;
  private final byte[] value;

  Share(byte[] splitId, int shareCount, int threshold, int index, byte[] fingerprint, byte[] value) {
    @Nullable String problem = problem(splitId, shareCount, threshold, index, fingerprint, value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    this.splitId = splitId.clone();
    this.shareCount = shareCount;
    this.threshold = threshold;
    this.index = index;
    this.fingerprint = fingerprint.clone();
    this.value = value.clone();
  }

  private static @Nullable String problem(
      byte[] splitId, int shareCount, int threshold, int index, byte[] fingerprint, byte[] value) {
    if (splitId.length != SPLIT_ID_LENGTH || fingerprint.length != FINGERPRINT_LENGTH) {
      return "split id and fingerprint must be " + SPLIT_ID_LENGTH + " bytes";
    }
    if (threshold < 2 || threshold > shareCount || shareCount > Shamir.MAX_SHARES) {
      return "impossible threshold " + threshold + " of " + shareCount + " shares";
    }
    if (index < 1 || index > shareCount) {
      return "share index " + index + " outside 1.." + shareCount;
    }
    if (value.length == 0 || value.length > MAX_SECRET_LENGTH) {
      return "share value length " + value.length + " outside 1.." + MAX_SECRET_LENGTH;
    }
    return null;
  }

  /**
   * Parses the text form made by {@link #format()}; surrounding white space is ignored.
   *
   * @throws MalformedShareException if the text has another prefix or version, a character
   *     outside the alphabet (position named), the wrong length, impossible metadata, or a
   *     checksum that does not match (a typo); the message never quotes the text
   */
  public static Share parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (!trimmed.regionMatches(true, 0, FAMILY_PREFIX, 0, FAMILY_PREFIX.length())) {
      throw new MalformedShareException(
          "Not a Guwah key share: a share starts with " + PREFIX);
    }
    if (!trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new MalformedShareException(
          "Unsupported share version: this Guwah reads shares starting with " + PREFIX);
    }
    byte[] bytes = CrockfordBase32.decode(trimmed.substring(PREFIX.length()), PREFIX.length());
    if (bytes.length < HEADER_LENGTH + 1 + CHECKSUM_LENGTH) {
      throw new MalformedShareException("The share is too short: characters are missing");
    }
    int bodyLength = bytes.length - CHECKSUM_LENGTH;
    byte[] expected = checksum(bytes, bodyLength);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, bodyLength, bytes.length))) {
      throw new MalformedShareException(
          "The share is mistyped or damaged: its checksum does not match; compare it group by"
              + " group with the original");
    }
    byte[] splitId = Arrays.copyOfRange(bytes, 0, SPLIT_ID_LENGTH);
    int shareCount = bytes[SPLIT_ID_LENGTH] & 0xFF;
    int threshold = bytes[SPLIT_ID_LENGTH + 1] & 0xFF;
    int index = bytes[SPLIT_ID_LENGTH + 2] & 0xFF;
    byte[] fingerprint = Arrays.copyOfRange(bytes, SPLIT_ID_LENGTH + 3, HEADER_LENGTH);
    byte[] value = Arrays.copyOfRange(bytes, HEADER_LENGTH, bodyLength);
    Arrays.fill(bytes, (byte) 0);
    @Nullable String problem = problem(splitId, shareCount, threshold, index, fingerprint, value);
    if (problem != null) {
      throw new MalformedShareException("The share is not valid: " + problem);
    }
    return new Share(splitId, shareCount, threshold, index, fingerprint, value);
  }

  /** The text form: {@value #PREFIX} and base32 groups of four, with a checksum. */
  public String format() {
    byte[] bytes = new byte[HEADER_LENGTH + value.length + CHECKSUM_LENGTH];
    System.arraycopy(splitId, 0, bytes, 0, SPLIT_ID_LENGTH);
    bytes[SPLIT_ID_LENGTH] = (byte) shareCount;
    bytes[SPLIT_ID_LENGTH + 1] = (byte) threshold;
    bytes[SPLIT_ID_LENGTH + 2] = (byte) index;
    System.arraycopy(fingerprint, 0, bytes, SPLIT_ID_LENGTH + 3, FINGERPRINT_LENGTH);
    System.arraycopy(value, 0, bytes, HEADER_LENGTH, value.length);
    int bodyLength = HEADER_LENGTH + value.length;
    System.arraycopy(checksum(bytes, bodyLength), 0, bytes, bodyLength, CHECKSUM_LENGTH);
    String base32 = CrockfordBase32.encode(bytes);
    Arrays.fill(bytes, (byte) 0);
    StringBuilder text = new StringBuilder(PREFIX.length() + base32.length() * 5 / 4 + 1);
    text.append(PREFIX);
    for (int i = 0; i < base32.length(); i += 4) {
      if (i > 0) {
        text.append('-');
      }
      text.append(base32, i, Math.min(i + 4, base32.length()));
    }
    return text.toString();
  }

  private static byte[] checksum(byte[] bytes, int length) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(CHECKSUM_LABEL);
      sha256.update(bytes, 0, length);
      return Arrays.copyOf(sha256.digest(), CHECKSUM_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The split's id, 16 lower-case hex digits; all shares of one split have the same. */
  public String splitId() {
    return HEX.formatHex(splitId);
  }

  /** How many shares the split made (n). */
  public int shareCount() {
    return shareCount;
  }

  /** How many shares rebuild the secret (k). */
  public int threshold() {
    return threshold;
  }

  /** This share's index, 1..{@link #shareCount()}. */
  public int index() {
    return index;
  }

  /**
   * Fingerprint of the split's secret, 16 hex digits: the first 8 bytes of SHA-256 over a label,
   * the split id and the secret. Not secret for a high-entropy secret such as a key (it lets
   * anyone check a guess of the whole secret, so never split a password).
   */
  public String secretFingerprint() {
    return HEX.formatHex(fingerprint);
  }

  /** The secret length in bytes. */
  public int secretLength() {
    return value.length;
  }

  byte[] splitIdBytes() {
    return splitId.clone();
  }

  byte[] fingerprintBytes() {
    return fingerprint.clone();
  }

  /** The y value at byte position {@code position}. */
  int valueAt(int position) {
    return value[position] & 0xFF;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Share that
        && index == that.index
        && shareCount == that.shareCount
        && threshold == that.threshold
        && Arrays.equals(splitId, that.splitId)
        && Arrays.equals(fingerprint, that.fingerprint)
        && MessageDigest.isEqual(value, that.value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(splitId) + index;
  }

  /** Split id, index, count and threshold; never the value. */
  @Override
  public String toString() {
    return "Share[split " + splitId() + ", " + index + " of " + shareCount + ", threshold "
        + threshold + "]";
  }
}
