package org.guwah.app.linkage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.guwah.app.Utf8Lines;

/**
 * Passes bytes through while checking that they are UTF-8 (no overlong forms, surrogates, stray
 * continuation bytes or truncated sequences) and counting lines; the first invalid byte, or a
 * UTF-16 byte-order mark, ends reading with a {@link LinkInputException} naming the line. A file
 * with several encodings (a UTF-8 list with rows pasted from a GBK or Windows-1251 file) fails at
 * the first foreign row, so nothing is ever linked on garbled names. Not thread-safe.
 */
final class Utf8Guard extends FilterInputStream {
  private final Utf8Lines utf8 = new Utf8Lines();
  private long offset;

  Utf8Guard(InputStream in) {
    super(in);
  }

  /** The line the next byte belongs to (1-based). */
  long line() {
    return utf8.line();
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
    long bad = utf8.end();
    if (bad > 0) {
      throw bad(bad);
    }
  }

  private void check(int b) {
    if (offset++ == 0 && (b == 0xFF || b == 0xFE)) {
      throw new LinkInputException(
          "the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8"
              + " (CSV UTF-8 in spreadsheet programs)");
    }
    long bad = utf8.accept(b);
    if (bad > 0) {
      throw bad(bad);
    }
  }

  private LinkInputException bad(long line) {
    return new LinkInputException(
        "line " + line + " is not valid UTF-8 (is the file, or part of it, in GBK, Windows-1251 or"
            + " Latin-1?): save it as UTF-8; nothing was linked");
  }
}
