package org.guwah.store.lists;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a list about to be stored. Identity data throughout: never log it.
 *
 * @param rowNumber the number a user sees for the row (spreadsheet row or CSV line), unique in the
 *     list
 * @param cells the row's cells, in column order
 * @param names the names the row gives (any script), for look-up tokens
 * @param idNumber the resident ID the row gives, or null
 */
public record NewListRow(int rowNumber, List<String> cells, List<String> names, @Nullable String idNumber) {
  public NewListRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("row numbers start at 1");
    }
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    names = List.copyOf(Objects.requireNonNull(names, "names"));
    if (idNumber != null && idNumber.isBlank()) {
      idNumber = null;
    }
  }

  @Override
  public String toString() {
    return "NewListRow[" + rowNumber + "]";
  }
}
