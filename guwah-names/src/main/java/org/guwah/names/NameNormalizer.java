package org.guwah.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Canonical form of a name: the input of keyed equality tokens (blind index) and of later
 * matching. Two spellings get one canonical form only if they differ in encoding, case, spacing or
 * invisible characters; letters stay distinct (é ≠ e, ى U+0649 ≠ ي U+064A, 买 ≠ 麦). Matching keys
 * fold further elsewhere.
 *
 * <p>{@link #normalize(String)} applies, to a fixed point:
 *
 * <ol>
 *   <li>unpaired surrogates → U+FFFD, so the result is always well-formed UTF-16;
 *   <li>NFKC with full default case folding and removal of default-ignorable code points (ICU's
 *       {@code NFKC_Casefold}: NFKC plus {@code UCharacter.foldCase}, and it removes bidi
 *       controls, ZWJ, ZWNJ, ZWSP, soft hyphen, BOM and variation selectors);
 *   <li>removes tatweel U+0640 and control characters (C0/C1) that are not whitespace;
 *   <li>Turkish dotted/dotless i: İ (which folds to i + U+0307) and ı become {@code i}, because
 *       upper-case spellings (IŞIK) lose the distinction anyway; any U+0307 directly after
 *       {@code i} is dropped;
 *   <li>middle-dot variants U+00B7, U+30FB, U+FF65, U+2027, U+2022, U+2219, U+22C5, U+0387 →
 *       U+00B7, and a full stop (also U+FF0E) whose nearest non-space neighbours are both Han
 *       characters → U+00B7; spaces around U+00B7 are removed;
 *   <li>hyphen variants (U+2010–U+2013, U+2212, U+FE63, U+FF0D) → {@code -}; apostrophe variants
 *       (U+2018, U+2019, U+02BC, U+02BB, U+0060, U+00B4) → {@code '};
 *   <li>runs of whitespace → one space; leading and trailing whitespace removed.
 * </ol>
 *
 * <p>Deterministic, idempotent ({@code normalize(normalize(x)).equals(normalize(x))}), linear in
 * the input length, stateless and thread-safe. Never logs; exceptions never carry the name.
 *
 * <p>Stored equality tokens are computed from this form: any change to these rules (or an ICU
 * upgrade with new Unicode data) changes tokens, so recompute them when it happens.
 */
public final class NameNormalizer {
  /** The canonical separator between Hanzi name parts. */
  public static final char MIDDLE_DOT = '\u00B7';

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final int MAX_ROUNDS = 8;

  private NameNormalizer() {}

  /**
   * Returns the canonical form of {@code name}; empty if it holds nothing but whitespace and
   * invisible characters.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public static String normalize(String name) {
    Objects.requireNonNull(name, "name");
    String current = prepare(name);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String cleaned = arrangeSpacing(mapCharacters(NFKC_CASEFOLD.normalize(current)));
      if (NFKC_CASEFOLD.isNormalized(cleaned)) {
        return cleaned;
      }
      current = cleaned;
    }
    return current;
  }

  /**
   * Returns the tokens of the canonical form of {@code name}, split on spaces, hyphens and middle
   * dots; empty tokens are dropped. The list is unmodifiable.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public static List<String> tokens(String name) {
    String canonical = normalize(name);
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      if (c == ' ' || c == '-' || c == MIDDLE_DOT) {
        if (i > start) {
          tokens.add(canonical.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (canonical.length() > start) {
      tokens.add(canonical.substring(start));
    }
    return List.copyOf(tokens);
  }

  /**
   * Replaces unpaired surrogates with U+FFFD and the acute accent U+00B4 (used as an apostrophe,
   * and decomposed to a space plus a combining mark by NFKC) with {@code '}; returns {@code s}
   * itself when nothing changes.
   */
  private static String prepare(String s) {
    StringBuilder out = null;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      boolean lone;
      if (Character.isHighSurrogate(c)) {
        lone = i + 1 >= length || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!lone) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        lone = Character.isLowSurrogate(c);
      }
      boolean replace = lone || c == '\u00B4';
      if (replace && out == null) {
        out = new StringBuilder(length).append(s, 0, i);
      }
      if (out != null) {
        out.append(lone ? '\uFFFD' : c == '\u00B4' ? '\'' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Per-character replacements and removals; the input is NFKC_Casefold output. */
  private static String mapCharacters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x0307 && out.length() > 0 && out.charAt(out.length() - 1) == 'i') {
        continue;
      }
      if (UCharacter.isUWhiteSpace(cp)) {
        out.append(' ');
      } else if (cp == 0x0640 || UCharacter.getType(cp) == UCharacter.CONTROL) {
        continue;
      } else if (isMiddleDot(cp)) {
        out.append(MIDDLE_DOT);
      } else if (isHyphen(cp)) {
        out.append('-');
      } else if (isApostrophe(cp)) { // U+00B4 was mapped before NFKC
        out.append('\'');
      } else if (cp == 0x0131 || cp == 0x0130) {
        out.append('i');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * Collapses whitespace, trims, removes spaces around middle dots, and turns a full stop between
   * Han characters into a middle dot. The input is {@link #mapCharacters} output.
   */
  private static String arrangeSpacing(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == ' ') {
        pendingSpace = out.length() > 0;
        i = next;
        continue;
      }
      if (cp == '.' && isHan(lastCodePoint(out)) && isHan(nextNonSpace(s, next))) {
        cp = MIDDLE_DOT;
      }
      if (pendingSpace && cp != MIDDLE_DOT && out.charAt(out.length() - 1) != MIDDLE_DOT) {
        out.append(' ');
      }
      pendingSpace = false;
      out.appendCodePoint(cp);
      i = next;
    }
    return out.toString();
  }

  private static int lastCodePoint(CharSequence s) {
    return s.length() == 0 ? -1 : Character.codePointBefore(s, s.length());
  }

  private static int nextNonSpace(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (cp != ' ') {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static boolean isHan(int cp) {
    return cp >= 0 && UScript.getScript(cp) == UScript.HAN;
  }

  private static boolean isMiddleDot(int cp) {
    switch (cp) {
      case 0x00B7:
      case 0x0387:
      case 0x2022:
      case 0x2027:
      case 0x2219:
      case 0x22C5:
      case 0x30FB:
      case 0xFF65:
        return true;
      default:
        return false;
    }
  }

  private static boolean isHyphen(int cp) {
    return (cp >= 0x2010 && cp <= 0x2013) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
  }

  private static boolean isApostrophe(int cp) {
    return cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB || cp == 0x0060;
  }
}
