package org.guwah.forms.tables;

/** Something the reader noticed about one cell of a {@link ListRow}; never the value itself. */
public enum ListCellFlag {
  /**
   * The value was stored as a number of more than 15 digits (or written in scientific notation such
   * as {@code 6.53101E+17}): spreadsheets keep 15 significant digits, so the digits after the 15th
   * are probably zeros the spreadsheet put there, not the original digits. An 18-digit resident ID
   * with this flag is partial: its address code and birth date are usable, its sequence and check
   * digit are not. The cell holds the digits a spreadsheet shows — 15 significant digits, then
   * zeros ({@code 653101198501011000}); none are invented. Scientific notation in a text cell is
   * left as written.
   */
  TRUNCATED_NUMBER,
  /**
   * The cell was a date cell; its text is the ISO date {@code yyyy-mm-dd} (followed by {@code
   * Thh:mm:ss} if it has a time of day).
   */
  DATE_CELL,
  /** The cell holds a formula; its text is the result the spreadsheet program saved (never evaluated here). */
  FORMULA,
  /** The cell held a spreadsheet error such as {@code #N/A} or {@code #REF!}; its text is empty. */
  SPREADSHEET_ERROR,
  /** Control characters (other than tab and line breaks) were removed from the cell. */
  CONTROL_CHARACTERS_REMOVED
}
