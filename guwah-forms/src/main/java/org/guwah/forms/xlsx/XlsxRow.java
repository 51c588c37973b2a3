package org.guwah.forms.xlsx;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row with at least one cell, cells in column order; missing cells are simply absent (a sparse
 * row). Immutable. {@link #toString()} leaves cell text out.
 *
 * @param number 1-based row number as in the spreadsheet
 */
public record XlsxRow(int number, List<XlsxCell> cells) {
  public XlsxRow {
    cells = List.copyOf(cells);
    for (int i = 1; i < cells.size(); i++) {
      if (cells.get(i).column() <= cells.get(i - 1).column()) {
        throw new IllegalArgumentException("cells must be in increasing column order");
      }
    }
  }

  /** The cell in a 1-based column, or {@code null} when there is none. */
  public @Nullable XlsxCell cell(int column) {
    int lo = 0;
    int hi = cells.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cells.get(mid).column();
      if (c < column) {
        lo = mid + 1;
      } else if (c > column) {
        hi = mid - 1;
      } else {
        return cells.get(mid);
      }
    }
    return null;
  }

  /** The text of a 1-based column, empty when the cell is missing. */
  public String text(int column) {
    XlsxCell c = cell(column);
    return c == null ? "" : c.text();
  }

  /** Whether every cell is blank. */
  public boolean isBlank() {
    for (XlsxCell c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "XlsxRow[" + number + ", " + cells.size() + " cells]";
  }
}
