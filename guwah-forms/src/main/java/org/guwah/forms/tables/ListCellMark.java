package org.guwah.forms.tables;

import java.util.Objects;

/**
 * A {@link ListCellFlag} on one cell of a row.
 *
 * @param column 0-based index into {@link ListRow#cells()}
 * @param flag what was noticed
 */
public record ListCellMark(int column, ListCellFlag flag) {
  public ListCellMark {
    if (column < 0) {
      throw new IllegalArgumentException("column indexes start at 0");
    }
    Objects.requireNonNull(flag, "flag");
  }
}
