package org.guwah.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as a witness remembers it: a year ({@code 2017}), a month
 * ({@code 2017-03}), a day ({@code 2017-03-15}), a part of a year ({@code early 2017}, {@code mid
 * 2017}, {@code late 2017}: January–April, May–August, September–December) or a range of any two of
 * these ({@code 2016/2018}, {@code 2017-03/2017-06}).
 *
 * <p>Every fuzzy date covers the closed interval {@link #earliest()}..{@link #latest()} and has a
 * canonical text form ({@link #toString()}) that {@link #parse} reads back. Immutable.
 */
public record FuzzyDate(LocalDate earliest, LocalDate latest, Precision precision) {
  /** How precisely a fuzzy date is known. */
  public enum Precision {
    DAY,
    MONTH,
    PART_OF_YEAR,
    YEAR,
    RANGE
  }

  /** The years a fuzzy date may name. */
  public static final int MIN_YEAR = 1850;

  public static final int MAX_YEAR = 2200;

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern PART = Pattern.compile("(early|mid|late) (\\d{4})");

  public FuzzyDate {
    if (latest.isBefore(earliest)) {
      throw new InvalidFuzzyDateException("the end of a date range is before its start");
    }
    checkYear(earliest.getYear());
    checkYear(latest.getYear());
  }

  /**
   * Reads a fuzzy date from its text form (case and surrounding space ignored).
   *
   * @throws InvalidFuzzyDateException if the text is not one of the forms above or names an
   *     impossible date (2017-02-30, month 13, end before start); the message never repeats the text
   */
  public static FuzzyDate parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.length() > 40) {
      throw new InvalidFuzzyDateException("is too long to be a date");
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      FuzzyDate from = single(s.substring(0, slash).strip());
      FuzzyDate to = single(s.substring(slash + 1).strip());
      if (to.latest.isBefore(from.earliest)) {
        throw new InvalidFuzzyDateException("the end of a date range is before its start");
      }
      return new FuzzyDate(from.earliest, to.latest, Precision.RANGE);
    }
    return single(s);
  }

  private static FuzzyDate single(String s) {
    try {
      Matcher m = DAY.matcher(s);
      if (m.matches()) {
        LocalDate d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new FuzzyDate(d, d, Precision.DAY);
      }
      m = MONTH.matcher(s);
      if (m.matches()) {
        YearMonth ym = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
        return new FuzzyDate(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        int y = year(m.group(1));
        return new FuzzyDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
      }
      m = PART.matcher(s);
      if (m.matches()) {
        int y = year(m.group(2));
        int firstMonth = switch (m.group(1)) {
          case "early" -> 1;
          case "mid" -> 5;
          default -> 9;
        };
        return new FuzzyDate(
            LocalDate.of(y, firstMonth, 1),
            YearMonth.of(y, firstMonth + 3).atEndOfMonth(),
            Precision.PART_OF_YEAR);
      }
    } catch (DateTimeException e) {
      throw new InvalidFuzzyDateException("is not a real calendar date");
    }
    throw new InvalidFuzzyDateException(
        "is not a date: use 2017, 2017-03, 2017-03-15, early/mid/late 2017, or a range like 2016/2018");
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    checkYear(y);
    return y;
  }

  private static void checkYear(int y) {
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw new InvalidFuzzyDateException("year must be between " + MIN_YEAR + " and " + MAX_YEAR);
    }
  }

  /** An exact day. */
  public static FuzzyDate ofDay(LocalDate day) {
    return new FuzzyDate(day, day, Precision.DAY);
  }

  /** A whole year. */
  public static FuzzyDate ofYear(int year) {
    return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
  }

  /** Whether the whole interval lies after {@code day} (a date that cannot have happened yet). */
  public boolean isAfter(LocalDate day) {
    return earliest.isAfter(day);
  }

  /** The canonical text form, accepted by {@link #parse}. */
  @Override
  public String toString() {
    switch (precision) {
      case DAY:
        return earliest.toString();
      case MONTH:
        return YearMonth.from(earliest).toString();
      case YEAR:
        return Integer.toString(earliest.getYear());
      case PART_OF_YEAR:
        String part = earliest.getMonthValue() == 1 ? "early" : earliest.getMonthValue() == 5 ? "mid" : "late";
        return part + " " + earliest.getYear();
      default:
        return endpoint(earliest, true) + "/" + endpoint(latest, false);
    }
  }

  /** The shortest form of a range endpoint that parses back to the same bound. */
  private static String endpoint(LocalDate d, boolean start) {
    boolean yearBound = start ? d.getDayOfYear() == 1 : d.getMonthValue() == 12 && d.getDayOfMonth() == 31;
    if (yearBound) {
      return Integer.toString(d.getYear());
    }
    boolean monthBound = start ? d.getDayOfMonth() == 1 : d.getDayOfMonth() == d.lengthOfMonth();
    return monthBound ? YearMonth.from(d).toString() : d.toString();
  }
}
