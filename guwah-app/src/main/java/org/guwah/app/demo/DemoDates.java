package org.guwah.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.guwah.core.time.FuzzyDate;

/** Random days and fuzzy dates of mixed precision that contain a given day. */
final class DemoDates {
  private DemoDates() {}

  /** A uniformly random day in {@code [from, to]}. */
  static LocalDate day(Random rnd, LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(span <= 0 ? 0 : (long) (rnd.nextDouble() * (span + 1)));
  }

  /**
   * The text of a fuzzy date containing {@code d}, with precision chosen by weight: day, month,
   * part of year ({@code early/mid/late YYYY}), year, or a range of months or of two years. A range
   * stays within {@code [lo, hi]} (whole months/years of them); {@code d} must lie in it.
   */
  static String text(
      Random rnd, LocalDate d, LocalDate lo, LocalDate hi, int dayW, int monthW, int partW, int yearW, int rangeW) {
    switch (Draws.weighted(rnd, dayW, monthW, partW, yearW, rangeW)) {
      case 0:
        return d.toString();
      case 1:
        return YearMonth.from(d).toString();
      case 2:
        int m = d.getMonthValue();
        return (m <= 4 ? "early " : m <= 8 ? "mid " : "late ") + d.getYear();
      case 3:
        return Integer.toString(d.getYear());
      default:
        if (rnd.nextBoolean()) {
          YearMonth ym = YearMonth.from(d);
          YearMonth from = max(ym.minusMonths(rnd.nextInt(3)), YearMonth.from(lo));
          YearMonth to = min(ym.plusMonths(1 + rnd.nextInt(3)), YearMonth.from(hi));
          return from.equals(to) ? from.toString() : from + "/" + to;
        }
        int y = d.getYear();
        boolean earlier = rnd.nextBoolean();
        if (earlier && y - 1 >= lo.getYear()) {
          return (y - 1) + "/" + y;
        }
        if (y + 1 <= hi.getYear()) {
          return y + "/" + (y + 1);
        }
        return y - 1 >= lo.getYear() ? (y - 1) + "/" + y : Integer.toString(y);
    }
  }

  /** A {@link FuzzyDate} of the {@link #text} form. */
  static FuzzyDate fuzzy(
      Random rnd, LocalDate d, LocalDate lo, LocalDate hi, int dayW, int monthW, int partW, int yearW, int rangeW) {
    return FuzzyDate.parse(text(rnd, d, lo, hi, dayW, monthW, partW, yearW, rangeW));
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }
}
