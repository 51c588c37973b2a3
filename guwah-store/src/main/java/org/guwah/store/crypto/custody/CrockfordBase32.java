package org.guwah.store.crypto.custody;

import java.io.ByteArrayOutputStream;

/**
 * Crockford's base32 (digits and upper-case letters without I, L, O and U), chosen for texts that
 * people copy by hand: decoding ignores case, hyphens and white space, and reads {@code O} as zero
 * and {@code I}/{@code L} as one. Bits are taken most significant first; a final partial group is
 * padded with zero bits, and decoding refuses non-zero padding or an impossible length.
 */
final class CrockfordBase32 {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int[] VALUES = values();

  private CrockfordBase32() {}

  private static int[] values() {
    int[] values = new int[128];
    java.util.Arrays.fill(values, -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      values[ALPHABET[i]] = i;
      values[Character.toLowerCase(ALPHABET[i])] = i;
    }
    values['O'] = 0;
    values['o'] = 0;
    values['I'] = 1;
    values['i'] = 1;
    values['L'] = 1;
    values['l'] = 1;
    return values;
  }

  /** Upper-case base32 of {@code bytes}, without separators. */
  static String encode(byte[] bytes) {
    StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        text.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return text.toString();
  }

  /**
   * Decodes {@code text}; {@code offset} is added to the 1-based character positions named in
   * error messages (the length of a prefix the caller removed).
   *
   * @throws MalformedShareException naming the position of a character outside the alphabet, or
   *     if the length is impossible; never quoting the text
   */
  static byte[] decode(CharSequence text, int offset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      int value = c < 128 ? VALUES[c] : -1;
      if (value < 0) {
        throw new MalformedShareException(
            "The share has a character that is not in the share alphabet (0-9 and A-Z without"
                + " U) at position " + (offset + i + 1));
      }
      buffer = ((buffer << 5) | value) & 0xFFF;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xFF);
        bits -= 8;
      }
    }
    if (bits >= 5 || (buffer & ((1 << bits) - 1)) != 0) {
      throw new MalformedShareException(
          "The share has the wrong length: a character is missing or one too many");
    }
    return out.toByteArray();
  }
}
