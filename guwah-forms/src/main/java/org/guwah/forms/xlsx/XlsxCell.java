package org.guwah.forms.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One cell with a value. {@code text} is what a user would read: strings verbatim (OOXML escapes
 * decoded), numbers in plain decimal notation without a trailing {@code .0}, date-styled numbers as
 * ISO {@code 2017-03-15} (or {@code 2017-03-15T08:30:00} with a time), booleans {@code TRUE} or
 * {@code FALSE}, errors as written ({@code #N/A}).
 *
 * <p>A formula cell is never evaluated: {@code text} is the result cached by the program that saved
 * the file (empty if none) and {@link #formula()} is true, so that callers can refuse or flag it.
 * The text may be identity data: {@link #toString()} leaves it out.
 *
 * @param row 1-based row number
 * @param column 1-based column number (A = 1)
 * @param number the numeric value for {@link CellKind#NUMBER} (serial day number for dates), else NaN
 * @param date1904 whether the workbook counts dates from 1904 (only matters for date cells)
 */
public record XlsxCell(
    int row, int column, CellKind kind, String text, double number, boolean formula, boolean dateStyled,
    boolean date1904) {

  public XlsxCell {
    if (row < 1 || column < 1) {
      throw new IllegalArgumentException("rows and columns start at 1");
    }
  }

  /** The A1 reference, e.g. {@code C7}. */
  public String reference() {
    return CellReference.of(column, row);
  }

  /** Whether the cell holds nothing but blanks. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** The number, for number cells. */
  public OptionalDouble numberValue() {
    return kind == CellKind.NUMBER ? OptionalDouble.of(number) : OptionalDouble.empty();
  }

  /** The date of a date-styled number cell (time of day dropped). */
  public Optional<LocalDate> date() {
    return dateTime().map(LocalDateTime::toLocalDate);
  }

  /** The date and time of a date-styled number cell. */
  public Optional<LocalDateTime> dateTime() {
    if (kind != CellKind.NUMBER || !dateStyled) {
      return Optional.empty();
    }
    return Optional.ofNullable(serialToDateTime(number, date1904));
  }

  static LocalDateTime serialToDateTime(double serial, boolean date1904) {
    if (Double.isNaN(serial) || serial < 0 || serial >= 2_958_466) {
      return null;
    }
    long days = (long) Math.floor(serial);
    long seconds = Math.round((serial - days) * 86_400);
    if (seconds == 86_400) {
      days++;
      seconds = 0;
    }
    LocalDate day;
    if (date1904) {
      day = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days >= 61) {
      day = LocalDate.of(1899, 12, 30).plusDays(days);
    } else if (days >= 1) {
      // Excel counts a 29 February 1900 that never was: serial 60; before it, one day off.
      day = LocalDate.of(1899, 12, 31).plusDays(Math.min(days, 59));
    } else {
      return null;
    }
    return day.atStartOfDay().plusSeconds(seconds);
  }

  /** Plain decimal text of a stored number: {@code 1} not {@code 1.0}, {@code 0.001} not {@code 1E-3}. */
  static String numberText(String raw) {
    try {
      BigDecimal d = new BigDecimal(raw.trim()).stripTrailingZeros();
      if (d.signum() == 0) {
        return "0";
      }
      if (d.scale() < -30 || d.scale() > 30) {
        return raw.trim();
      }
      return d.toPlainString();
    } catch (NumberFormatException e) {
      return raw.trim();
    }
  }

  @Override
  public String toString() {
    return "XlsxCell[" + reference() + ", " + kind + (formula ? ", formula" : "") + (dateStyled ? ", date" : "")
        + ", <" + text.length() + " chars>]";
  }
}
