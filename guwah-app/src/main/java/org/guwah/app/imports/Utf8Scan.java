package org.guwah.app.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

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
    int line = 1;
    int need = 0;
    int cp = 0;
    int min = 0;
    int first = in.read();
    int second = first < 0 ? -1 : in.read();
    if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
      utf16 = true;
      return;
    }
    int[] pending = {first, second};
    int pi = 0;
    while (true) {
      int b = pi < 2 ? pending[pi++] : in.read();
      if (b < 0) {
        break;
      }
      if (need > 0) {
        if ((b & 0xC0) == 0x80) {
          cp = (cp << 6) | (b & 0x3F);
          if (--need == 0 && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
            mark(line);
          }
          continue;
        }
        mark(line);
        need = 0;
      }
      if (b == '\n') {
        line++;
      } else if (b < 0x80) {
        continue;
      } else if ((b & 0xE0) == 0xC0) {
        need = 1;
        cp = b & 0x1F;
        min = 0x80;
      } else if ((b & 0xF0) == 0xE0) {
        need = 2;
        cp = b & 0x0F;
        min = 0x800;
      } else if ((b & 0xF8) == 0xF0) {
        need = 3;
        cp = b & 0x07;
        min = 0x10000;
      } else {
        mark(line);
      }
    }
    if (need > 0) {
      mark(line);
    }
    lines = line;
  }

  private void mark(int line) {
    badLines.set(line);
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
