package org.guwah.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Objects;

/**
 * Classifies a name by the script of its letters.
 *
 * <p>One linear pass over the code points, no regular expressions and no copies of the input, so
 * any length is safe. Only letters (general category L*) of a specific script count; digits,
 * whitespace, punctuation (including every middle-dot variant of NAMES.md §4.2), combining marks,
 * bidi marks, ZWJ/ZWNJ, tatweel, unassigned code points and unpaired surrogates are ignored.
 * Decomposed Turkish letters (c/s + U+0327, g + U+0306, I + U+0307) count as their precomposed
 * forms. Stateless and thread-safe.
 */
public final class ScriptDetector {
  private static final int FAMILY_ARABIC = 1;
  private static final int FAMILY_CYRILLIC = 1 << 1;
  private static final int FAMILY_HAN = 1 << 2;
  private static final int FAMILY_LATIN = 1 << 3;
  private static final int FAMILY_OTHER = 1 << 4;

  private static final int COMBINING_CEDILLA = 0x0327;
  private static final int COMBINING_BREVE = 0x0306;
  private static final int COMBINING_DOT_ABOVE = 0x0307;

  private ScriptDetector() {}

  /**
   * Returns the script class of {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static DetectedScript detect(String text) {
    Objects.requireNonNull(text, "text");
    Scan scan = new Scan();
    int length = text.length();
    int i = 0;
    while (i < length && !scan.mixed()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      scan.accept(cp);
    }
    return scan.result();
  }

  /** Mutable state of one pass; confined to a single call. */
  private static final class Scan {
    private int families;
    private int otherScript = UScript.INVALID_CODE;
    private boolean twoOtherScripts;
    private int lastBase = -1;
    private boolean turkish;
    private boolean yengiYeziq;
    private boolean kazakhOnly;
    private boolean uyghurOnly;
    private boolean turkicShared;

    boolean mixed() {
      return twoOtherScripts || Integer.bitCount(families) > 1;
    }

    void accept(int cp) {
      if (cp < 0x80) {
        lastBase = cp;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
          families |= FAMILY_LATIN;
        }
        return;
      }
      int type = UCharacter.getType(cp);
      if (type == UCharacter.NON_SPACING_MARK
          || type == UCharacter.COMBINING_SPACING_MARK
          || type == UCharacter.ENCLOSING_MARK) {
        acceptMark(cp);
        return;
      }
      lastBase = cp;
      if (!UCharacter.isLetter(cp)) {
        return;
      }
      int script = UScript.getScript(cp);
      switch (script) {
        case UScript.COMMON:
        case UScript.INHERITED:
        case UScript.UNKNOWN:
          return;
        case UScript.ARABIC:
          families |= FAMILY_ARABIC;
          return;
        case UScript.HAN:
          families |= FAMILY_HAN;
          return;
        case UScript.CYRILLIC:
          families |= FAMILY_CYRILLIC;
          acceptCyrillic(cp);
          return;
        case UScript.LATIN:
          families |= FAMILY_LATIN;
          acceptLatin(cp);
          return;
        default:
          if (otherScript != UScript.INVALID_CODE && otherScript != script) {
            twoOtherScripts = true;
          }
          otherScript = script;
          families |= FAMILY_OTHER;
      }
    }

    private void acceptMark(int mark) {
      if ((mark == COMBINING_CEDILLA && isOneOf(lastBase, 'c', 'C', 's', 'S'))
          || (mark == COMBINING_BREVE && isOneOf(lastBase, 'g', 'G'))
          || (mark == COMBINING_DOT_ABOVE && lastBase == 'I')) {
        turkish = true;
      }
    }

    private void acceptLatin(int cp) {
      switch (cp) {
        case 0x00E7: case 0x00C7: // ç Ç
        case 0x015F: case 0x015E: // ş Ş
        case 0x011F: case 0x011E: // ğ Ğ
        case 0x0131: case 0x0130: // ı İ
          turkish = true;
          return;
        case 0x0259: case 0x018F: // ə Ə
        case 0x01DD: case 0x018E: // ǝ Ǝ, often typed for ə
        case 0x2C68: case 0x2C67: // ⱨ Ⱨ
        case 0x2C6A: case 0x2C69: // ⱪ Ⱪ
        case 0x01A3: case 0x01A2: // ƣ Ƣ
        case 0x0275: case 0x019F: // ɵ Ɵ
        case 0x2C6C: case 0x2C6B: // ⱬ Ⱬ
          yengiYeziq = true;
          return;
        default:
          // other Latin letters do not settle the orthography
      }
    }

    private void acceptCyrillic(int cp) {
      switch (cp) {
        case 0x04B1: case 0x04B0: // ұ Ұ
        case 0x0456: case 0x0406: // і І
          kazakhOnly = true;
          return;
        case 0x0497: case 0x0496: // җ Җ
          uyghurOnly = true;
          return;
        case 0x04D9: case 0x04D8: // ә Ә
        case 0x0493: case 0x0492: // ғ Ғ
        case 0x049B: case 0x049A: // қ Қ
        case 0x04A3: case 0x04A2: // ң Ң
        case 0x04E9: case 0x04E8: // ө Ө
        case 0x04AF: case 0x04AE: // ү Ү
        case 0x04BB: case 0x04BA: // һ Һ
          turkicShared = true;
          return;
        default:
          // letters shared with Russian
      }
    }

    DetectedScript result() {
      if (families == 0) {
        return DetectedScript.UNKNOWN;
      }
      if (mixed()) {
        return DetectedScript.MIXED;
      }
      switch (families) {
        case FAMILY_ARABIC:
          return DetectedScript.UEY;
        case FAMILY_HAN:
          return DetectedScript.HANZI;
        case FAMILY_CYRILLIC:
          return cyrillicResult();
        case FAMILY_LATIN:
          return latinResult();
        default:
          return DetectedScript.OTHER;
      }
    }

    private DetectedScript cyrillicResult() {
      if (kazakhOnly && !uyghurOnly) {
        return DetectedScript.CYRILLIC_KAZAKH;
      }
      if (uyghurOnly && !kazakhOnly) {
        return DetectedScript.CYRILLIC_UYGHUR;
      }
      if (kazakhOnly || turkicShared) {
        return DetectedScript.CYRILLIC_TURKIC;
      }
      return DetectedScript.CYRILLIC;
    }

    private DetectedScript latinResult() {
      if (turkish && !yengiYeziq) {
        return DetectedScript.TURKISH;
      }
      if (yengiYeziq && !turkish) {
        return DetectedScript.UYY;
      }
      return DetectedScript.LATIN;
    }

    private static boolean isOneOf(int cp, char a, char b) {
      return cp == a || cp == b;
    }

    private static boolean isOneOf(int cp, char a, char b, char c, char d) {
      return cp == a || cp == b || cp == c || cp == d;
    }
  }
}
