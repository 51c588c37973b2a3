package org.guwah.forms.xlsx;

/** What a cell holds, as the workbook stores it. */
public enum CellKind {
  /** Text: shared, inline, or a formula's text result. */
  STRING,
  /** A number; dates are numbers with a date style ({@link XlsxCell#date()}). */
  NUMBER,
  BOOLEAN,
  /** An error value such as {@code #N/A}, as text. */
  ERROR,
  /** No value: a formula without a cached result. */
  BLANK
}
