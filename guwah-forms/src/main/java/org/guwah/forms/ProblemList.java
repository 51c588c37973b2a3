package org.guwah.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guwah.forms.FormProblem.Severity;
import org.jspecify.annotations.Nullable;

/** Collects form problems while a form is read, then sorts them by sheet, row and column. Not thread-safe. */
final class ProblemList {
  private record Entry(FormProblem problem, int sheetRank, int column, int seq) {}

  private final List<Entry> entries = new ArrayList<>();
  private final List<String> sheetOrder = new ArrayList<>();

  /** Sheets sort in the order they are first registered here. */
  void registerSheet(String sheet) {
    if (!sheetOrder.contains(sheet)) {
      sheetOrder.add(sheet);
    }
  }

  void error(@Nullable String sheet, int row, @Nullable ColumnHeader column, String message) {
    add(Severity.ERROR, sheet, row, column, message);
  }

  void warning(@Nullable String sheet, int row, @Nullable ColumnHeader column, String message) {
    add(Severity.WARNING, sheet, row, column, message);
  }

  void fileError(String message) {
    add(Severity.ERROR, null, 0, null, message);
  }

  private void add(Severity severity, @Nullable String sheet, int row, @Nullable ColumnHeader column, String message) {
    FormProblem p = new FormProblem(severity, sheet, row, column == null ? null : column.letters(),
        column == null ? null : column.raw(), message);
    int rank = sheet == null ? -1 : sheetOrder.indexOf(sheet);
    entries.add(new Entry(p, rank, column == null ? 0 : column.column(), entries.size()));
  }

  boolean hasErrors() {
    for (Entry e : entries) {
      if (e.problem().severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  List<FormProblem> errors() {
    return sorted(Severity.ERROR);
  }

  List<FormProblem> warnings() {
    return sorted(Severity.WARNING);
  }

  private List<FormProblem> sorted(Severity severity) {
    List<Entry> list = new ArrayList<>();
    for (Entry e : entries) {
      if (e.problem().severity() == severity) {
        list.add(e);
      }
    }
    list.sort(Comparator.comparingInt(Entry::sheetRank)
        .thenComparingInt(e -> e.problem().row())
        .thenComparingInt(Entry::column)
        .thenComparingInt(Entry::seq));
    List<FormProblem> out = new ArrayList<>(list.size());
    for (Entry e : list) {
      out.add(e.problem());
    }
    return out;
  }
}
