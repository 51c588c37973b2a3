package org.guwah.forms.xlsx;

/**
 * Hard limits for reading one workbook. Every limit is checked while reading (inflated bytes are
 * counted as they are produced, not trusted from the zip headers) and breaking one ends the read
 * with an {@link UnreadableWorkbookException}.
 *
 * @param maxInputBytes size of the XLSX file itself
 * @param maxEntries number of entries (parts) in the zip container
 * @param maxEntryBytes uncompressed bytes of any one part
 * @param maxTotalBytes uncompressed bytes inflated by one workbook over its whole life (every sheet
 *     read, every time it is read)
 * @param maxCompressionRatio uncompressed/compressed ratio any part may reach once it has inflated
 *     more than {@link #RATIO_GRACE_BYTES}; real sheets stay below 100
 * @param maxRows rows with at least one cell in one sheet
 * @param maxColumns highest column number (1 = A) a cell may sit in
 * @param maxCellChars characters of one cell's text
 * @param maxSharedStrings entries of the shared-strings table
 */
public record XlsxLimits(
    long maxInputBytes,
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxCompressionRatio,
    int maxRows,
    int maxColumns,
    int maxCellChars,
    int maxSharedStrings) {

  /** Inflated bytes a part may produce before the compression ratio is enforced. */
  public static final long RATIO_GRACE_BYTES = 1L << 20;

  /** Excel's own maximum cell length. */
  public static final int EXCEL_MAX_CELL_CHARS = 32_767;

  public XlsxLimits {
    positive("maxInputBytes", maxInputBytes);
    positive("maxEntries", maxEntries);
    positive("maxEntryBytes", maxEntryBytes);
    positive("maxTotalBytes", maxTotalBytes);
    positive("maxCompressionRatio", maxCompressionRatio);
    positive("maxRows", maxRows);
    positive("maxColumns", maxColumns);
    positive("maxCellChars", maxCellChars);
    positive("maxSharedStrings", maxSharedStrings);
    if (maxColumns > 16_384) {
      throw new IllegalArgumentException("maxColumns beyond Excel's 16384 (XFD)");
    }
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /**
   * Limits for list imports: 25 MiB files, 1000 parts, 200 MiB per part, 400 MiB in all, ratio 100,
   * 200,000 rows, 256 columns, 32,767 characters a cell, 2,000,000 shared strings.
   */
  public static XlsxLimits defaults() {
    return new XlsxLimits(25L << 20, 1000, 200L << 20, 400L << 20, 100, 200_000, 256, EXCEL_MAX_CELL_CHARS,
        2_000_000);
  }

  /**
   * Limits for XLSForm questionnaires: 5 MiB files, 500 parts, 20 MiB per part, 60 MiB in all, ratio
   * 100, 5,000 rows, 200 columns, 8,000 characters a cell, 50,000 shared strings.
   */
  public static XlsxLimits forms() {
    return new XlsxLimits(5L << 20, 500, 20L << 20, 60L << 20, 100, 5_000, 200, 8_000, 50_000);
  }

  public XlsxLimits withMaxInputBytes(long value) {
    return new XlsxLimits(value, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxRows,
        maxColumns, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxEntryBytes(long value) {
    return new XlsxLimits(maxInputBytes, maxEntries, value, maxTotalBytes, maxCompressionRatio, maxRows,
        maxColumns, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxTotalBytes(long value) {
    return new XlsxLimits(maxInputBytes, maxEntries, maxEntryBytes, value, maxCompressionRatio, maxRows,
        maxColumns, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxCompressionRatio(int value) {
    return new XlsxLimits(maxInputBytes, maxEntries, maxEntryBytes, maxTotalBytes, value, maxRows,
        maxColumns, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxEntries(int value) {
    return new XlsxLimits(maxInputBytes, value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxRows,
        maxColumns, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxRows(int value) {
    return new XlsxLimits(maxInputBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, value,
        maxColumns, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxColumns(int value) {
    return new XlsxLimits(maxInputBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxRows,
        value, maxCellChars, maxSharedStrings);
  }

  public XlsxLimits withMaxCellChars(int value) {
    return new XlsxLimits(maxInputBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxRows,
        maxColumns, value, maxSharedStrings);
  }
}
