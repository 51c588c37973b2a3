package org.guwah.store.attachments.internal;

/**
 * Checks, block by block, that bytes are well-formed UTF-8 (no overlong forms, no surrogates, no
 * code point above U+10FFFF) holding text: no C0 control character other than tab, line feed, form
 * feed and carriage return, and no DEL. Not thread-safe; one per stream.
 */
public final class Utf8Validator {
  private int need;
  private int low = 0x80;
  private int high = 0xbf;
  private long offset;

  /**
   * Checks {@code length} bytes at {@code from}, continuing the sequence left open by the previous
   * block.
   *
   * @return null if fine, else what is wrong, with the offset of the offending byte
   */
  public String check(byte[] bytes, int from, int length) {
    for (int i = from; i < from + length; i++, offset++) {
      int b = bytes[i] & 0xff;
      if (need > 0) {
        if (b < low || b > high) {
          return "invalid UTF-8 sequence at byte " + offset;
        }
        low = 0x80;
        high = 0xbf;
        need--;
        continue;
      }
      if (b < 0x80) {
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7f) {
          return "control character at byte " + offset + " (not a text file)";
        }
      } else if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        if (b == 0xe0) {
          low = 0xa0;
        } else if (b == 0xed) {
          high = 0x9f;
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        if (b == 0xf0) {
          low = 0x90;
        } else if (b == 0xf4) {
          high = 0x8f;
        }
      } else {
        return "invalid UTF-8 byte at " + offset;
      }
    }
    return null;
  }

  /** Whether the bytes so far end in the middle of a character. */
  public boolean inSequence() {
    return need > 0;
  }
}
