package org.guwah.analysis.linkage.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.core.time.FuzzyDate;

/**
 * Reads birth dates of any precision into one int {@code yyyymmdd}, with {@code 00} for an unknown
 * month or day and 0 when nothing usable is given. Accepted: {@code 1985-03-12} (also with {@code /}
 * or {@code .}, or a time after it), {@code 12.03.1985} (day first unless only month-first makes a
 * date), {@code 19850312}, {@code 1985-03}, {@code 03.1985}, {@code 1985}, {@code 1985年3月12日},
 * full-width digits, and Guwah's fuzzy dates ({@code mid 1985}, {@code 1985/1986} gives no year
 * unless both ends lie in one year). Years before {@value #MIN_YEAR} or after today are dropped.
 * Stateless and thread-safe.
 */
public final class BirthDates {
  /** Earliest accepted birth year. */
  public static final int MIN_YEAR = 1880;

  private static final int MAX_CHARS = 40;
  private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
  private static final Pattern YM = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
  private static final Pattern MY = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
  private static final Pattern DIGITS8 = Pattern.compile("\\d{8}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private BirthDates() {}

  /** Year of a packed date (0 when unknown). */
  public static int year(int packed) {
    return packed / 10000;
  }

  /** Month of a packed date (0 when unknown). */
  public static int month(int packed) {
    return packed / 100 % 100;
  }

  /** Day of a packed date (0 when unknown). */
  public static int day(int packed) {
    return packed % 100;
  }

  /** Whether a packed date has year, month and day. */
  public static boolean isFull(int packed) {
    return packed % 100 != 0 && packed / 100 % 100 != 0;
  }

  /** Packs a date. */
  public static int pack(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  /**
   * The birth date from a date column and a year column (the date wins when it has a year).
   *
   * @return packed {@code yyyymmdd}, or 0
   */
  public static int parse(String date, String year, LocalDate today) {
    int d = parseDate(date, today);
    if (d != 0) {
      return d;
    }
    int y = parseDate(year, today);
    return y == 0 ? 0 : year(y) * 10000;
  }

  /** One date cell, packed, or 0. */
  public static int parseDate(String raw, LocalDate today) {
    if (raw.isEmpty() || raw.length() > MAX_CHARS) {
      return 0;
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    int t = s.indexOf('T');
    if (t == 10) {
      s = s.substring(0, 10);
    } else if (s.length() > 10 && s.charAt(10) == ' ' && s.indexOf(':') > 10) {
      s = s.substring(0, 10);
    }
    s = s.replace('年', '-').replace('月', '-').replace("日", "").replace("号", "").strip();
    if (s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    Matcher m = YMD.matcher(s);
    if (m.matches()) {
      return checked(num(m, 1), num(m, 2), num(m, 3), today);
    }
    m = DMY.matcher(s);
    if (m.matches()) {
      int a = num(m, 1);
      int b = num(m, 2);
      boolean monthFirst = a <= 12 && b > 12;
      return checked(num(m, 3), monthFirst ? a : b, monthFirst ? b : a, today);
    }
    if (DIGITS8.matcher(s).matches()) {
      int y = Integer.parseInt(s.substring(0, 4));
      if (y >= MIN_YEAR && y <= today.getYear()) {
        return checked(y, Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)), today);
      }
      return checked(
          Integer.parseInt(s.substring(4)), Integer.parseInt(s.substring(2, 4)),
          Integer.parseInt(s.substring(0, 2)), today);
    }
    m = YM.matcher(s);
    if (m.matches()) {
      return checked(num(m, 1), num(m, 2), 0, today);
    }
    m = MY.matcher(s);
    if (m.matches()) {
      return checked(num(m, 2), num(m, 1), 0, today);
    }
    if (YEAR.matcher(s).matches()) {
      return checked(Integer.parseInt(s), 0, 0, today);
    }
    return fuzzy(s, today);
  }

  private static int fuzzy(String s, LocalDate today) {
    try {
      FuzzyDate f = FuzzyDate.parse(s);
      if (f.earliest().getYear() != f.latest().getYear()) {
        return 0;
      }
      return switch (f.precision()) {
        case DAY -> checked(
            f.earliest().getYear(), f.earliest().getMonthValue(), f.earliest().getDayOfMonth(), today);
        case MONTH -> checked(f.earliest().getYear(), f.earliest().getMonthValue(), 0, today);
        default -> checked(f.earliest().getYear(), 0, 0, today);
      };
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** Packs y/m/d, dropping a month or day that is not a date; 0 if the year is out of range. */
  private static int checked(int y, int m, int d, LocalDate today) {
    if (y < MIN_YEAR || y > today.getYear()) {
      return 0;
    }
    if (m < 1 || m > 12) {
      return y * 10000;
    }
    if (d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return y * 10000 + m * 100;
    }
    if (LocalDate.of(y, m, d).isAfter(today)) {
      return 0;
    }
    return y * 10000 + m * 100 + d;
  }
}
