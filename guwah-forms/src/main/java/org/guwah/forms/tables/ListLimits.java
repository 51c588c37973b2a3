package org.guwah.forms.tables;

/**
 * Hard limits for reading one list file; breaking one ends the read with a {@link
 * ListFileException}. The file is held in memory while it is read (never written to disk), so
 * {@link #maxBytes()} also bounds memory, together with an XLSX workbook's shared strings.
 *
 * @param maxBytes size of the file as uploaded
 * @param maxRows data rows (rows after the header that are not blank)
 * @param maxCellsPerRow cells in one row (for XLSX: the highest column a cell may sit in)
 * @param maxCellChars characters of one cell as stored in the file (before trimming)
 */
public record ListLimits(long maxBytes, int maxRows, int maxCellsPerRow, int maxCellChars) {
  /** Excel's own maximum cell length. */
  public static final int EXCEL_MAX_CELL_CHARS = 32_767;

  public ListLimits {
    if (maxBytes <= 0 || maxRows <= 0 || maxCellsPerRow <= 0 || maxCellChars <= 0) {
      throw new IllegalArgumentException("list limits must be positive");
    }
    if (maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes must stay below 2 GiB (the file is held in memory)");
    }
    if (maxCellsPerRow > 16_384) {
      throw new IllegalArgumentException("maxCellsPerRow beyond a spreadsheet's 16384 columns");
    }
    if (maxCellChars > 1 << 24) {
      throw new IllegalArgumentException("maxCellChars beyond 16 Mi characters");
    }
  }

  /**
   * 200 MiB, 1,000,000 rows, 1,000 cells a row, 32,767 characters a cell (Excel's maximum): enough
   * for a leaked prefecture-level spreadsheet.
   */
  public static ListLimits defaults() {
    return new ListLimits(200L << 20, 1_000_000, 1_000, EXCEL_MAX_CELL_CHARS);
  }

  public ListLimits withMaxBytes(long value) {
    return new ListLimits(value, maxRows, maxCellsPerRow, maxCellChars);
  }

  public ListLimits withMaxRows(int value) {
    return new ListLimits(maxBytes, value, maxCellsPerRow, maxCellChars);
  }

  public ListLimits withMaxCellsPerRow(int value) {
    return new ListLimits(maxBytes, maxRows, value, maxCellChars);
  }

  public ListLimits withMaxCellChars(int value) {
    return new ListLimits(maxBytes, maxRows, maxCellsPerRow, value);
  }
}
