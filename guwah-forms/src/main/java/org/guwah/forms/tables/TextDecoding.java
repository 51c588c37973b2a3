package org.guwah.forms.tables;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.guwah.forms.tables.ListFileException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Decides how the bytes of a text (CSV) file are decoded, and refuses what cannot be decoded
 * safely. Order: a UTF-8 or UTF-16 byte-order mark decides; otherwise the bytes must be valid
 * UTF-8; otherwise, if they decode without error as GB18030 and the result reads as Chinese text
 * (mostly common characters of the GB2312 set), they are accepted as GB18030 with a warning;
 * otherwise the file is refused, naming the byte offset and line of its first invalid UTF-8
 * sequence. Stateless.
 */
final class TextDecoding {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset GB2312 = Charset.forName("GB2312");
  /** Decoded characters examined to judge whether a GB18030 reading is Chinese. */
  private static final int SAMPLE_CHARS = 1 << 20;

  /** A decision: the charset, where the text starts, and the decoded text when it had to be decoded already. */
  record Decoded(Charset charset, String name, int offset, @Nullable String text) {}

  private TextDecoding() {}

  static Decoded decode(byte[] b, String format) throws ListFileException {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      invalidUtf8(b, 3, format);
      return new Decoded(StandardCharsets.UTF_8, "UTF-8 with BOM", 3, null);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Decoded(StandardCharsets.UTF_16LE, "UTF-16LE", 2, utf16(b, StandardCharsets.UTF_16LE, format));
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Decoded(StandardCharsets.UTF_16BE, "UTF-16BE", 2, utf16(b, StandardCharsets.UTF_16BE, format));
    }
    refuseBinary(b, format);
    long bad = firstInvalidUtf8(b, 0);
    if (bad < 0) {
      return new Decoded(StandardCharsets.UTF_8, "UTF-8", 0, null);
    }
    String gb = strict(b, 0, GB18030);
    if (gb != null && readsAsChinese(gb)) {
      return new Decoded(GB18030, "GB18030", 0, gb);
    }
    int offset = (int) bad;
    int line = lineOf(b, offset);
    throw new ListFileException(Reason.ENCODING, format, new ListFileProblem(line, "",
        "the file is not UTF-8 (the bytes at offset " + offset + ", line " + line + ", are not valid UTF-8) and"
            + " does not read as Chinese GB18030 text either; save it as CSV UTF-8"));
  }

  private static void invalidUtf8(byte[] b, int from, String format) throws ListFileException {
    long bad = firstInvalidUtf8(b, from);
    if (bad >= 0) {
      int offset = (int) bad;
      int line = lineOf(b, offset);
      throw new ListFileException(Reason.ENCODING, format, new ListFileProblem(line, "",
          "the file starts with a UTF-8 byte-order mark but the bytes at offset " + offset + ", line " + line
              + ", are not valid UTF-8 (text pasted from a file in another encoding?)"));
    }
  }

  private static String utf16(byte[] b, Charset cs, String format) throws ListFileException {
    String s = strict(b, 2, cs);
    if (s == null) {
      throw new ListFileException(Reason.ENCODING, format, ListFileProblem.ofFile(
          "the file starts with a UTF-16 byte-order mark but is not valid UTF-16; save it as CSV UTF-8"));
    }
    return s;
  }

  /** Refuses UTF-16 without a byte-order mark and binary files, which hold NUL bytes. */
  private static void refuseBinary(byte[] b, String format) throws ListFileException {
    int n = Math.min(b.length, 1 << 16);
    int nul = 0;
    int evenNul = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        nul++;
        if ((i & 1) == 0) {
          evenNul++;
        }
      }
    }
    if (nul < 4 || nul * 100L < n) {
      return;
    }
    boolean utf16 = nul * 4L >= n && (evenNul * 10L >= nul * 9L || evenNul * 10L <= nul);
    throw new ListFileException(Reason.UNSUPPORTED_FORMAT, "file", ListFileProblem.ofFile(utf16
        ? "the file looks like UTF-16 text without a byte-order mark; save it as CSV UTF-8"
        : "this is a binary file, not a CSV text file or an XLSX workbook"));
  }

  /** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 if all is valid UTF-8. */
  static long firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return i;
      }
      if (i + need >= n) {
        return i;
      }
      int second = b[i + 1] & 0xff;
      if (second < lo || second > hi) {
        return i;
      }
      for (int k = 2; k <= need; k++) {
        int cont = b[i + k] & 0xff;
        if (cont < 0x80 || cont > 0xBF) {
          return i;
        }
      }
      i += need + 1;
    }
    return -1;
  }

  /** The 1-based line of a byte offset; CR LF, LF and a lone CR each end a line. */
  static int lineOf(byte[] b, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < b.length; i++) {
      if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
        line++;
      }
    }
    return line;
  }

  private static @Nullable String strict(byte[] b, int from, Charset cs) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = d.decode(ByteBuffer.wrap(b, from, b.length - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether decoded text reads as Chinese: Han characters make up most of what is not ASCII, nearly
   * all of it is in GB2312 (the set everyday Chinese text uses), most Han characters are from its
   * first, common level, and there are no private-use characters or stray control characters.
   * Latin-1 or Cyrillic bytes misread as GB18030 fail these tests.
   */
  static boolean readsAsChinese(String s) {
    CharsetEncoder gb2312 = GB2312.newEncoder();
    int n = Math.min(s.length(), SAMPLE_CHARS);
    int nonAscii = 0;
    int han = 0;
    int inGb2312 = 0;
    int level1 = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
          return false;
        }
        continue;
      }
      nonAscii++;
      if (Character.getType(cp) == Character.PRIVATE_USE || cp >= 0x80 && cp < 0xA0) {
        return false;
      }
      boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (isHan) {
        han++;
      }
      if (Character.isBmpCodePoint(cp) && gb2312.canEncode((char) cp)) {
        inGb2312++;
        if (isHan && isLevel1((char) cp, gb2312)) {
          level1++;
        }
      }
    }
    return han >= 2 && han * 2 >= nonAscii && inGb2312 * 10 >= nonAscii * 9 && level1 * 2 >= han;
  }

  private static boolean isLevel1(char c, CharsetEncoder gb2312) {
    try {
      ByteBuffer bb = gb2312.encode(CharBuffer.wrap(new char[] {c}));
      int lead = bb.get(0) & 0xff;
      return lead >= 0xB0 && lead <= 0xD7;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
