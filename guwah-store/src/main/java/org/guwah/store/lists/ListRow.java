package org.guwah.store.lists;

import java.util.List;
import java.util.UUID;

/** A stored row, opened. Identity data: never log it ({@link #toString()} shows its place only). */
public record ListRow(UUID id, UUID listId, int rowNumber, List<String> cells) {
  public ListRow {
    cells = List.copyOf(cells);
  }

  /** The cell of {@code column}, or empty when the row is shorter or the column is -1. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : "";
  }

  @Override
  public String toString() {
    return "ListRow[" + listId + " #" + rowNumber + "]";
  }
}
