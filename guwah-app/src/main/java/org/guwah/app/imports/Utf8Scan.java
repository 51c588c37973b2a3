package org.guwah.app.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.guwah.app.Utf8Lines;

/**
 * One pass over a file's bytes that finds the lines that are not valid UTF-8 (overlong forms,
 * surrogates, stray continuation bytes, truncated sequences) and a UTF-16 byte-order mark. Streams;
 * constant memory apart from the set of bad line numbers.
 */
final class Utf8Scan {
  final BitSet badLines = new BitSet();
  long lines;
  boolean utf16;

  static Utf8Scan of(Path file) throws IOException {
    Utf8Scan s = new Utf8Scan();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      s.scan(in);
    }
    return s;
  }

  private void scan(InputStream in) throws IOException {
    int first = in.read();
    int second = first < 0 ? -1 : in.read();
    if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
      utf16 = true;
      return;
    }
    Utf8Lines utf8 = new Utf8Lines();
    int[] pending = {first, second};
    int pi = 0;
    while (true) {
      int b = pi < 2 ? pending[pi++] : in.read();
      if (b < 0) {
        break;
      }
      mark(utf8.accept(b));
    }
    mark(utf8.end());
    lines = utf8.line();
  }

  /** Notes a bad line (0: none). */
  private void mark(long line) {
    if (line > 0) {
      badLines.set((int) line);
    }
  }

  boolean clean() {
    return badLines.isEmpty() && !utf16;
  }

  /** Whether any line from {@code from} to {@code to} (inclusive) has invalid bytes. */
  boolean anyBad(long from, long to) {
    int next = badLines.nextSetBit((int) from);
    return next >= 0 && next <= to;
  }
}
