package org.guwah.names.keys.internal;

import com.ibm.icu.text.Transliterator;

/**
 * Per-letter tables compiled from the project's ICU rule sets ({@code uey-uly.txt},
 * {@code cyrillic-uly.txt}) by transliterating every code point of the Arabic and Cyrillic
 * blocks once at class initialisation. Key building reads the tables (a few nanoseconds per
 * letter) instead of running ICU per token; the few context rules of the rule sets (word-initial
 * hamza carrier, дж, маго) are handled here or sent to ICU. A test checks that both
 * paths agree. Immutable and thread-safe.
 */
public final class LetterTables {
  private static final int ARABIC_FROM = 0x0600;
  private static final int ARABIC_TO = 0x0780;
  private static final int CYRILLIC_FROM = 0x0400;
  private static final int CYRILLIC_TO = 0x0530;
  private static final char HAMZA_CARRIER = '\u0626';

  private static final String[] ARABIC = build(ScriptTransliterators.ueyRules(), ARABIC_FROM, ARABIC_TO);
  private static final String[] CYRILLIC =
      build(ScriptTransliterators.cyrillicRules(), CYRILLIC_FROM, CYRILLIC_TO);

  private LetterTables() {}

  private static String[] build(String rules, int from, int to) {
    Transliterator t = Transliterator.createFromRules("table", rules, Transliterator.FORWARD);
    String[] table = new String[to - from];
    for (int cp = from; cp < to; cp++) {
      // A leading space keeps start-of-text rules out of the single-letter result.
      String out = t.transliterate(" " + new String(Character.toChars(cp)));
      table[cp - from] = out.substring(1);
    }
    return table;
  }

  /** Appends the ULY form of the Uyghur Arabic text {@code s[from, to)} (one token part). */
  public static void arabicToUly(CharSequence s, int from, int to, StringBuilder out) {
    int start = out.length();
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == HAMZA_CARRIER) {
        if (out.length() > start) {
          out.append('\'');
        }
        continue;
      }
      if (c >= ARABIC_FROM && c < ARABIC_TO) {
        out.append(ARABIC[c - ARABIC_FROM]);
      }
    }
  }

  /** Appends the ULY form of the Cyrillic text {@code s[from, to)} (one token part). */
  public static void cyrillicToUly(CharSequence s, int from, int to, StringBuilder out) {
    if (needsContext(s, from, to)) {
      out.append(ScriptTransliterators.cyrillicToUly(s.subSequence(from, to).toString()));
      return;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= CYRILLIC_FROM && c < CYRILLIC_TO) {
        out.append(CYRILLIC[c - CYRILLIC_FROM]);
      }
    }
  }

  private static boolean needsContext(CharSequence s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char c = s.charAt(i);
      if (c == 'д' && s.charAt(i + 1) == 'ж') {
        return true;
      }
      if (c == 'м' && i + 3 < to && s.charAt(i + 1) == 'а' && s.charAt(i + 2) == 'г'
          && s.charAt(i + 3) == 'о') {
        return true;
      }
    }
    return false;
  }
}
