package org.guwah.names.ids;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * PRC resident identity numbers (GB 11643-1999, 18 characters; GB 11643-1989, 15 digits).
 *
 * <p>Layout of the 18-character form: positions 1–6 address code (county at issue), 7–14 birth
 * date {@code YYYYMMDD}, 15–17 sequence (last digit odd = male, even = female), 18 ISO 7064
 * MOD 11-2 check character ({@code X} = 10). The 15-digit form has {@code YYMMDD} (19xx) and no
 * check character.
 *
 * <p>Input is normalised before checking: NFKC (full-width digits), any Unicode decimal digit to
 * ASCII, whitespace, hyphens and invisible format characters (bidi marks, ZWSP, BOM) removed,
 * ASCII letters upper-cased ({@code x} → {@code X}).
 *
 * <p>Spreadsheet damage: a spreadsheet that stores an ID as a number keeps 15 significant digits
 * (the last three become {@code 000}) or shows it in scientific notation ({@code 6.53121E+17},
 * also with a decimal comma). A displayed mantissa may be rounded up in its last digit, so only
 * the digits that rounding cannot have changed are trusted: all of them when the next position
 * always holds a digit below 5 (the year's first digit, the tens of month or day), else those
 * shared by the mantissa and the mantissa minus one unit in the last place. County code and birth
 * date are exposed only when all their digits are trusted.
 *
 * <p>Stateless and thread-safe. Never logs; no exception message contains an ID.
 */
public final class ResidentId {
  /** Earliest plausible birth year. */
  public static final int MIN_BIRTH_YEAR = 1880;

  /** Zone of the default clock: birth dates are Chinese calendar days. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_BY_REMAINDER = {
    '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'
  };
  private static final int SIGNIFICANT_DIGITS_KEPT = 15;
  private static final int MAX_EXPONENT_DIGITS = 3;
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private ResidentId() {}

  /**
   * Checks {@code raw} against today's date in {@link #DEFAULT_ZONE}.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public static ResidentIdCheck check(String raw) {
    return check(raw, Clock.system(DEFAULT_ZONE));
  }

  /**
   * Checks {@code raw}; a birth date after today (in the clock's zone) is invalid. Never throws
   * for any non-null string.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ResidentIdCheck check(String raw, Clock clock) {
    Objects.requireNonNull(raw, "raw");
    LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
    String id = normalize(raw);
    if (id.indexOf('E') >= 0) {
      return checkScientific(id, today);
    }
    if (id.length() == 18) {
      return check18(id, today);
    }
    if (id.length() == 15) {
      return check15(id, today);
    }
    return ResidentIdCheck.malformed(id);
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}) for the
   * first 17 digits of an 18-character ID.
   *
   * @throws IllegalArgumentException if {@code first17} is not exactly 17 ASCII digits
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != 17 || !allDigits(first17, 0, 17)) {
      throw new IllegalArgumentException("expected 17 ASCII digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_BY_REMAINDER[sum % 11];
  }

  static String normalize(String raw) {
    String s = NFKC.normalize(raw);
    StringBuilder out = new StringBuilder(Math.min(s.length(), 64));
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.DECIMAL_DIGIT_NUMBER) {
        out.append((char) ('0' + UCharacter.digit(cp, 10)));
      } else if (UCharacter.isUWhiteSpace(cp) || type == UCharacter.FORMAT) {
        continue;
      } else if (isHyphen(cp) && !(out.length() > 0 && out.charAt(out.length() - 1) == 'E')) {
        continue; // a minus sign after E is kept, so that 6.5E-17 stays malformed
      } else if (cp >= 'a' && cp <= 'z') {
        out.append((char) (cp - 'a' + 'A'));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static ResidentIdCheck check18(String id, LocalDate today) {
    char last = id.charAt(17);
    if (!allDigits(id, 0, 17) || !(isAsciiDigit(last) || last == 'X')) {
      return ResidentIdCheck.malformed(id);
    }
    String county = id.substring(0, 6);
    LocalDate birth = birthDate(id, 6, false, today);
    RegisteredSex sex = sexOf(id.charAt(16));
    if (checkCharacter(id.subSequence(0, 17)) == last) {
      return birth != null
          ? new ResidentIdCheck(ResidentIdStatus.VALID, id, county, birth, sex, null)
          : new ResidentIdCheck(ResidentIdStatus.INVALID_DATE, id, county, null, sex, null);
    }
    if (id.endsWith("000")) {
      return new ResidentIdCheck(ResidentIdStatus.EXCEL_TRUNCATED, id, county, birth, null, null);
    }
    return new ResidentIdCheck(ResidentIdStatus.INVALID_CHECKSUM, id, county, birth, sex, null);
  }

  private static ResidentIdCheck check15(String id, LocalDate today) {
    if (!allDigits(id, 0, 15)) {
      return ResidentIdCheck.malformed(id);
    }
    String county = id.substring(0, 6);
    LocalDate birth = birthDate(id, 6, true, today);
    RegisteredSex sex = sexOf(id.charAt(14));
    if (birth == null) {
      return new ResidentIdCheck(ResidentIdStatus.INVALID_DATE, id, county, null, sex, null);
    }
    String first17 = county + "19" + id.substring(6);
    ResidentIdCheck upgraded = check18(first17 + checkCharacter(first17), today);
    return new ResidentIdCheck(ResidentIdStatus.LEGACY_15, id, county, birth, sex, upgraded);
  }

  /**
   * Scientific notation {@code D[.,]DDDDDE[+]NN}. A mantissa with all the digits of an ID is
   * merely a different spelling of it; a shorter one is spreadsheet damage.
   */
  private static ResidentIdCheck checkScientific(String id, LocalDate today) {
    int e = id.indexOf('E');
    String mantissa = mantissaDigits(id, e);
    int exponent = exponent(id, e + 1);
    if (mantissa == null || exponent < 0) {
      return ResidentIdCheck.malformed(id);
    }
    int length = exponent + 1;
    if (length != 18 && length != 15) {
      return ResidentIdCheck.malformed(id);
    }
    mantissa = stripZerosBeyond(mantissa, length);
    if (mantissa == null) {
      return ResidentIdCheck.malformed(id);
    }
    if (mantissa.length() == length) {
      return length == 18 ? check18(mantissa, today) : check15(mantissa, today);
    }
    int trusted = trustedDigits(mantissa, length);
    boolean legacy = length == 15;
    String county = trusted >= 6 ? mantissa.substring(0, 6) : null;
    int dateEnd = legacy ? 12 : 14;
    LocalDate birth = trusted >= dateEnd ? birthDate(mantissa, 6, legacy, today) : null;
    return new ResidentIdCheck(ResidentIdStatus.EXCEL_TRUNCATED, id, county, birth, null, null);
  }

  /** Digits of the mantissa in {@code id[0, end)}, or null unless it reads {@code D[.,]D*}. */
  private static @Nullable String mantissaDigits(String id, int end) {
    if (end < 1 || !isAsciiDigit(id.charAt(0)) || id.charAt(0) == '0') {
      return null;
    }
    if (end == 1) {
      return id.substring(0, 1);
    }
    char separator = id.charAt(1);
    if ((separator != '.' && separator != ',') || end == 2 || !allDigits(id, 2, end)) {
      return null;
    }
    return id.charAt(0) + id.substring(2, end);
  }

  /** The exponent {@code [+]N{1,3}} from {@code from} to the end, or -1. */
  private static int exponent(String id, int from) {
    int start = from < id.length() && id.charAt(from) == '+' ? from + 1 : from;
    int digits = id.length() - start;
    if (digits < 1 || digits > MAX_EXPONENT_DIGITS || !allDigits(id, start, id.length())) {
      return -1;
    }
    return Integer.parseInt(id.substring(start));
  }

  /** Drops trailing zeros beyond {@code length} digits; null if non-zero digits lie beyond. */
  private static @Nullable String stripZerosBeyond(String mantissa, int length) {
    for (int i = length; i < mantissa.length(); i++) {
      if (mantissa.charAt(i) != '0') {
        return null;
      }
    }
    return mantissa.length() > length ? mantissa.substring(0, length) : mantissa;
  }

  /** How many leading digits of a displayed mantissa shorter than the ID are certainly right. */
  private static int trustedDigits(String mantissa, int idLength) {
    int k = mantissa.length();
    if (k >= SIGNIFICANT_DIGITS_KEPT) {
      return SIGNIFICANT_DIGITS_KEPT;
    }
    int nextPosition = k + 1; // 1-based position of the first digit not shown
    boolean nextBelowFive =
        idLength == 18
            ? nextPosition == 7 || nextPosition == 11 || nextPosition == 13
            : nextPosition == 9 || nextPosition == 11;
    if (nextBelowFive) {
      return k;
    }
    return commonPrefixLength(mantissa, decrement(mantissa));
  }

  /** The digit string minus one unit in its last place, same length (e.g. 6500 → 6499). */
  private static String decrement(String digits) {
    char[] chars = digits.toCharArray();
    int i = chars.length - 1;
    while (i >= 0 && chars[i] == '0') {
      chars[i] = '9';
      i--;
    }
    if (i >= 0) {
      chars[i]--;
    }
    return new String(chars);
  }

  private static int commonPrefixLength(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /**
   * The birth date at {@code offset} ({@code YYYYMMDD}, or {@code YYMMDD} in the 1900s when
   * {@code twoDigitYear}), or null if it is not a real date from {@link #MIN_BIRTH_YEAR} to today.
   */
  private static @Nullable LocalDate birthDate(
      String digits, int offset, boolean twoDigitYear, LocalDate today) {
    int yearLength = twoDigitYear ? 2 : 4;
    int year = number(digits, offset, yearLength) + (twoDigitYear ? 1900 : 0);
    int month = number(digits, offset + yearLength, 2);
    int day = number(digits, offset + yearLength + 2, 2);
    if (year < MIN_BIRTH_YEAR || month < 1 || month > 12) {
      return null;
    }
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    return date.isAfter(today) ? null : date;
  }

  private static int number(String digits, int offset, int length) {
    int value = 0;
    for (int i = offset; i < offset + length; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }

  private static RegisteredSex sexOf(char sequenceDigit) {
    return (sequenceDigit - '0') % 2 == 1 ? RegisteredSex.MALE : RegisteredSex.FEMALE;
  }

  private static boolean allDigits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHyphen(int cp) {
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
  }
}
