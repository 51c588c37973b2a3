package org.guwah.forms.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the warnings of one read: file-level ones as they come, row-level ones up to {@link
 * #PER_KIND} of each kind (then one line counting the rest), and per-column tallies of cell flags
 * turned into one warning per column and flag at the end. Not thread-safe.
 */
final class Warnings {
  /** Row-level warnings of one kind listed individually before they are only counted. */
  static final int PER_KIND = 20;

  private record Tally(String column, ListCellFlag flag) {}

  private static final class Count {
    int count;
    int firstRow;
  }

  private final List<ListFileProblem> list = new ArrayList<>();
  private final Map<String, Integer> perKind = new LinkedHashMap<>();
  private final Map<Tally, Count> tallies = new LinkedHashMap<>();

  void file(String message) {
    list.add(ListFileProblem.ofFile(message));
  }

  void add(ListFileProblem problem) {
    list.add(problem);
  }

  /** A row-level warning; {@code kind} groups warnings that differ only in their row. */
  void row(String kind, int row, String column, String message) {
    int n = perKind.merge(kind, 1, Integer::sum);
    if (n <= PER_KIND) {
      list.add(new ListFileProblem(row, column, message));
    }
  }

  void flag(int row, String column, ListCellFlag flag) {
    Count c = tallies.computeIfAbsent(new Tally(column, flag), k -> new Count());
    if (c.count++ == 0) {
      c.firstRow = row;
    }
  }

  List<ListFileProblem> finish() {
    List<ListFileProblem> out = new ArrayList<>(list);
    for (Map.Entry<String, Integer> e : perKind.entrySet()) {
      if (e.getValue() > PER_KIND) {
        out.add(ListFileProblem.ofFile((e.getValue() - PER_KIND) + " more rows: " + e.getKey()));
      }
    }
    for (Map.Entry<Tally, Count> e : tallies.entrySet()) {
      Count c = e.getValue();
      out.add(new ListFileProblem(c.firstRow, e.getKey().column(), describe(e.getKey().flag(), c.count)));
    }
    return List.copyOf(out);
  }

  private static String describe(ListCellFlag flag, int count) {
    String cells = count == 1 ? "1 cell" : count + " cells";
    switch (flag) {
      case TRUNCATED_NUMBER:
        return cells + " (from this row on) hold a number of more than 15 digits or in scientific notation: the"
            + " spreadsheet kept only 15 significant digits, so the last digits are not the original ones"
            + " (an ID number's address code and birth date are still usable)";
      case FORMULA:
        return cells + " (from this row on) hold formulas; the results saved in the file were used";
      case SPREADSHEET_ERROR:
        return cells + " (from this row on) hold spreadsheet errors (such as #N/A); they were read as empty";
      case CONTROL_CHARACTERS_REMOVED:
        return cells + " (from this row on) contained control characters, which were removed";
      case DATE_CELL:
        return cells + " (from this row on) are date cells, read as yyyy-mm-dd";
      default:
        throw new IllegalArgumentException(flag.name());
    }
  }
}
