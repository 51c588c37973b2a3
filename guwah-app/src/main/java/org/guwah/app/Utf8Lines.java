package org.guwah.app;

/**
 * Checks bytes one at a time for well-formed UTF-8 (no overlong forms, surrogates, code points
 * above U+10FFFF, stray continuation bytes or truncated sequences) and counts lines, so that
 * importers can name the line of a bad byte. After a bad byte the check goes on with the next
 * character, so a scan can find every bad line. Not thread-safe; one per stream.
 */
public final class Utf8Lines {
  private long line = 1;
  private int need;
  private int codePoint;
  private int min;

  /** The line the next byte belongs to (1-based). */
  public long line() {
    return line;
  }

  /**
   * Takes the next byte (0..255).
   *
   * @return 0 if the bytes are still well-formed, else the line where they stopped being so
   */
  public long accept(int b) {
    long bad = 0;
    if (need > 0) {
      if ((b & 0xC0) == 0x80) {
        codePoint = (codePoint << 6) | (b & 0x3F);
        if (--need == 0 && (codePoint < min || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
          return line;
        }
        return 0;
      }
      bad = line;
      need = 0;
    }
    if (b == '\n') {
      line++;
    } else if (b < 0x80) {
      return bad;
    } else if ((b & 0xE0) == 0xC0) {
      need = 1;
      codePoint = b & 0x1F;
      min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
      need = 2;
      codePoint = b & 0x0F;
      min = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
      need = 3;
      codePoint = b & 0x07;
      min = 0x10000;
    } else if (bad == 0) {
      bad = line;
    }
    return bad;
  }

  /** At the end of the input: 0 if it did not stop in the middle of a character, else its line. */
  public long end() {
    return need > 0 ? line : 0;
  }
}
