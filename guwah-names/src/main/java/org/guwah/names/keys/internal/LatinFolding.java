package org.guwah.names.keys.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds Latin spellings (ULY, Turkish, Yéngi Yéziq, English-style, pinyin with tone marks) to
 * ULY-style Latin that {@link Phonemes#parseUly} reads.
 *
 * <p>Letter rules: é and ë → é; ä, ə → e; other accents and pinyin tones dropped (ö, ü kept);
 * ş š → sh; ç č → ch; ğ ǧ ġ ƣ → gh; ñ → ng; ž ⱬ → zh; ⱨ ḥ → h; ḫ → x; ⱪ → q; ɵ ø → ö; ı → i.
 * English digraphs: kh → x, dzh / dj → j. A {@code y} between consonants is the vowel i
 * (Kazakh Latin Tursyn). Modes: in a Turkish spelling {@code c} is j and {@code j} is zh; in a
 * Yéngi Yéziq spelling {@code x} is sh and {@code q} is ch. Stateless and thread-safe.
 */
public final class LatinFolding {
  /** How to read letters whose value depends on the orthography. */
  public enum Mode {
    /** ULY, English-style, pinyin. */
    PLAIN,
    /** Turkish / Common Turkic: c = j, j = zh. */
    TURKISH,
    /** Yéngi Yéziq: x = sh, q = ch. */
    YENGI_YEZIQ
  }

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final int TABLE_END = 0x0250;
  private static final String[] TABLE = new String[TABLE_END];

  static {
    for (int cp = 0xC0; cp < TABLE_END; cp++) {
      TABLE[cp] = decomposeToAscii(cp);
    }
    put("éëÉË", "é");
    put("äÄæÆ", "e");
    put("öÖøØőŐ", "ö");
    put("üÜűŰǖǘǚǜǕǗǙǛ", "ü");
    put("şŞšŠșȘ", "sh");
    put("çÇčČ", "ch");
    put("ğĞǧǦġĠ", "gh");
    put("ñÑ", "ng");
    put("žŽ", "zh");
    put("ıİ", "i");
    put("ßẞ", "ss");
    put("đĐðÐ", "d");
    put("łŁ", "l");
    put("þÞ", "t");
    put("ŋŊ", "ng");
    put("ƣƢ", "gh");
    put("əƏǝƎ", "e");
    put("ɵƟ", "ö");
  }

  private LatinFolding() {}

  private static void put(String chars, String value) {
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c < TABLE_END) {
        TABLE[c] = value;
      }
    }
  }

  private static String decomposeToAscii(int cp) {
    String d = NFD.getDecomposition(cp);
    if (d != null && !d.isEmpty()) {
      char base = Character.toLowerCase(d.charAt(0));
      if (base >= 'a' && base <= 'z') {
        return String.valueOf(base);
      }
    }
    return "";
  }

  /** Letters beyond the table that occur in Uyghur Latin spellings. */
  private static String extra(int cp) {
    switch (cp) {
      case 0x2C68: case 0x2C67: case 0x1E25: case 0x1E24: // ⱨ ḥ
        return "h";
      case 0x2C6A: case 0x2C69: // ⱪ
        return "q";
      case 0x2C6C: case 0x2C6B: // ⱬ
        return "zh";
      case 0x1E2B: case 0x1E2A: case 0x1E96: // ḫ ẖ
        return "x";
      case 0x0275: // ɵ
        return "ö";
      case 0x0259: case 0x01DD: // ə ǝ
        return "e";
      case 0x0263: // ɣ
        return "gh";
      case 0x0283: // ʃ
        return "sh";
      case 0x0292: // ʒ
        return "zh";
      default:
        if (cp >= 0x1E00 && cp <= 0x1EFF) {
          return decomposeToAscii(cp);
        }
        return "";
    }
  }

  /**
   * Appends the ULY-style folding of the Latin text {@code s[from, to)} (already lower-cased by
   * {@code NameNormalizer}) to {@code out}.
   */
  public static void fold(CharSequence s, int from, int to, Mode mode, StringBuilder out) {
    int start = out.length();
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        char c = (char) cp;
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c >= 'a' && c <= 'z') {
          appendAscii(c, mode, out);
        }
        continue;
      }
      String mapped = cp < TABLE_END ? TABLE[cp] : extra(cp);
      if (mapped != null) {
        out.append(mapped);
      }
    }
    rewriteDigraphs(out, start);
  }

  private static void appendAscii(char c, Mode mode, StringBuilder out) {
    switch (mode) {
      case TURKISH:
        if (c == 'c') {
          out.append('j');
          return;
        }
        if (c == 'j') {
          out.append("zh");
          return;
        }
        break;
      case YENGI_YEZIQ:
        if (c == 'x') {
          out.append("sh");
          return;
        }
        if (c == 'q') {
          out.append("ch");
          return;
        }
        break;
      default:
        break;
    }
    out.append(c);
  }

  /** dzh / dj → j; a y between consonants → i. Works in place from {@code start}. */
  private static void rewriteDigraphs(StringBuilder out, int start) {
    int write = start;
    int n = out.length();
    for (int read = start; read < n; read++) {
      char c = out.charAt(read);
      if (c == 'd' && read + 1 < n && out.charAt(read + 1) == 'j') {
        out.setCharAt(write++, 'j');
        read++;
        continue;
      }
      if (c == 'd' && read + 2 < n && out.charAt(read + 1) == 'z' && out.charAt(read + 2) == 'h') {
        out.setCharAt(write++, 'j');
        read += 2;
        continue;
      }
      if (c == 'y') {
        boolean consonantBefore = write > start && isConsonantLetter(out.charAt(write - 1));
        boolean consonantAfter = read + 1 >= n || isConsonantLetter(out.charAt(read + 1));
        if (consonantBefore && consonantAfter) {
          c = 'i';
        }
      }
      out.setCharAt(write++, c);
    }
    out.setLength(write);
  }

  private static boolean isConsonantLetter(char c) {
    return c >= 'a' && c <= 'z' && "aeiouyw".indexOf(c) < 0;
  }
}
