package org.guwah.forms.tables;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ListFileReader#read} found in a file, once every row has been delivered.
 *
 * @param format {@code csv} or {@code xlsx}
 * @param encoding for CSV: {@code UTF-8}, {@code UTF-8 with BOM}, {@code UTF-16LE}, {@code UTF-16BE}
 *     or {@code GB18030}; {@code null} for XLSX
 * @param separator for CSV: the cell separator found ({@code ,} {@code ;} tab or {@code |}); {@code
 *     null} for XLSX
 * @param sheetName for XLSX: the name of the sheet read (the first with a value); {@code null} for CSV
 * @param headerRow the row (spreadsheet row or CSV line) taken as the header
 * @param headers the header cells as read; identity data if the file had no header row (then {@link
 *     #warnings()} says so)
 * @param columns the fields recognised in the headers
 * @param rows how many data rows were delivered
 * @param warnings what the caller should know, none of it quoting a cell: rows skipped above the
 *     header, no header recognised, duplicate or empty headers, rows wider than the header, cells
 *     truncated by a spreadsheet, formulas, control characters removed, the encoding guessed
 */
public record ListFileSummary(
    String format,
    @Nullable String encoding,
    @Nullable String separator,
    @Nullable String sheetName,
    int headerRow,
    List<String> headers,
    ListColumns columns,
    int rows,
    List<ListFileProblem> warnings) {

  public ListFileSummary {
    Objects.requireNonNull(format, "format");
    headers = List.copyOf(headers);
    Objects.requireNonNull(columns, "columns");
    warnings = List.copyOf(warnings);
    if (headerRow < 1 || rows < 0) {
      throw new IllegalArgumentException("the header row starts at 1 and rows are not negative");
    }
  }

  /** Whether no header was recognised as a known column name (the caller decides what to do). */
  public boolean noKnownColumns() {
    return columns.recognisedCount() == 0;
  }

  @Override
  public String toString() {
    return "ListFileSummary[" + format + (encoding == null ? "" : ", " + encoding) + ", header row " + headerRow + ", "
        + columns + ", " + rows + " rows, " + warnings.size() + " warnings]";
  }
}
