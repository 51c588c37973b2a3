package org.guwah.forms.tables;

import java.util.List;
import java.util.Objects;

/**
 * One data row of a list, in file order. Cells are trimmed, NFC-normalised text with control
 * characters removed (tab and line breaks inside a cell are kept); a missing cell is {@code ""}.
 * There are at least as many cells as header columns, more only when the row has values beyond the
 * header (which is reported as a warning). The cells are identity data: {@link #toString()} leaves
 * them out.
 *
 * @param rowNumber the number a user sees: the spreadsheet row, or the CSV line the record starts on
 * @param cells the cells, index 0 = the first column
 * @param marks what the reader noticed about particular cells (usually none)
 */
public record ListRow(int rowNumber, List<String> cells, List<ListCellMark> marks) {
  public ListRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("row numbers start at 1");
    }
    cells = List.copyOf(cells);
    marks = List.copyOf(marks);
    for (ListCellMark m : marks) {
      if (m.column() >= cells.size()) {
        throw new IllegalArgumentException("a mark refers to a cell the row does not have");
      }
    }
  }

  /** A row without marks. */
  public ListRow(int rowNumber, List<String> cells) {
    this(rowNumber, cells, List.of());
  }

  /** The cell at a 0-based index, {@code ""} beyond the row's end. */
  public String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  /** Whether the cell at {@code index} carries {@code flag}. */
  public boolean has(int index, ListCellFlag flag) {
    Objects.requireNonNull(flag, "flag");
    for (ListCellMark m : marks) {
      if (m.column() == index && m.flag() == flag) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cell at {@code index} held a long number whose last digits the spreadsheet dropped. */
  public boolean truncatedBySpreadsheet(int index) {
    return has(index, ListCellFlag.TRUNCATED_NUMBER);
  }

  @Override
  public String toString() {
    return "ListRow[row " + rowNumber + ", " + cells.size() + " cells"
        + (marks.isEmpty() ? "" : ", " + marks.size() + " marks") + "]";
  }
}
