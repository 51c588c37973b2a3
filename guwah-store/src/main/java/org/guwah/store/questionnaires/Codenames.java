package org.guwah.store.questionnaires;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Codenames given to respondents after they submit: 24 decimal digits in six groups of four
 * (about 80 bits), so they can be written down and typed on any keyboard and in any script.
 * Reading one back accepts any Unicode decimal digits (Arabic-Indic, Extended Arabic-Indic,
 * full-width...) and ignores spaces, dashes and other separators.
 */
public final class Codenames {
  /** Digits in a codename. */
  public static final int DIGITS = 24;

  private Codenames() {}

  /** A new random codename, grouped: {@code 4821-0937-...}. */
  public static String next(SecureRandom random) {
    StringBuilder b = new StringBuilder(DIGITS + 5);
    for (int i = 0; i < DIGITS; i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('-');
      }
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /**
   * The codename's 24 ASCII digits, or empty if {@code typed} has another number of digits or
   * anything but digits and separators (spaces, dashes, dots). Input over 200 characters is refused.
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 200) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(DIGITS);
    for (int i = 0; i < typed.length(); ) {
      int cp = typed.codePointAt(i);
      i += Character.charCount(cp);
      int d = Character.digit(cp, 10);
      if (d >= 0) {
        digits.append((char) ('0' + d));
      } else if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == '.' || cp == '\u2010'
          || cp == '\u2011' || cp == '\u2012' || cp == '\u2013' || cp == '\u2212' || cp == '\u200E' || cp == '\u200F')) {
        return Optional.empty();
      }
      if (digits.length() > DIGITS) {
        return Optional.empty();
      }
    }
    return digits.length() == DIGITS ? Optional.of(digits.toString()) : Optional.empty();
  }
}
