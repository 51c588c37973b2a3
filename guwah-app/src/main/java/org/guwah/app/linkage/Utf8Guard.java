package org.guwah.app.linkage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are UTF-8 (no overlong forms, surrogates, stray
 * continuation bytes or truncated sequences) and counting lines; the first invalid byte, or a
 * UTF-16 byte-order mark, ends reading with a {@link LinkInputException} naming the line. A file
 * with several encodings (a UTF-8 list with rows pasted from a GBK or Windows-1251 file) fails at
 * the first foreign row, so nothing is ever linked on garbled names. Not thread-safe.
 */
final class Utf8Guard extends FilterInputStream {
  private long line = 1;
  private long offset;
  private int need;
  private int codePoint;
  private int min;

  Utf8Guard(InputStream in) {
    super(in);
  }

  /** The line the next byte belongs to (1-based). */
  long line() {
    return line;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(b);
    } else {
      end();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    int n = super.read(buffer, from, length);
    if (n < 0) {
      end();
      return n;
    }
    for (int i = from; i < from + n; i++) {
      check(buffer[i] & 0xFF);
    }
    return n;
  }

  private void end() {
    if (need > 0) {
      throw bad();
    }
  }

  private void check(int b) {
    if (offset++ == 0 && (b == 0xFF || b == 0xFE)) {
      throw new LinkInputException(
          "the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8"
              + " (CSV UTF-8 in spreadsheet programs)");
    }
    if (need > 0) {
      if ((b & 0xC0) != 0x80) {
        throw bad();
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
      if (--need == 0 && (codePoint < min || codePoint > 0x10FFFF
          || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
        throw bad();
      }
      return;
    }
    if (b == '\n') {
      line++;
    } else if (b < 0x80) {
      return;
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
    } else {
      throw bad();
    }
  }

  private LinkInputException bad() {
    return new LinkInputException(
        "line " + line + " is not valid UTF-8 (is the file, or part of it, in GBK, Windows-1251 or"
            + " Latin-1?): save it as UTF-8; nothing was linked");
  }
}
