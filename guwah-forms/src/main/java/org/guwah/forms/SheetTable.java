package org.guwah.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guwah.forms.xlsx.XlsxCell;
import org.guwah.forms.xlsx.XlsxRow;
import org.guwah.forms.xlsx.XlsxSheet;
import org.jspecify.annotations.Nullable;

/**
 * A form sheet read into memory: its header (the first row with a value) and the data rows after
 * it. Cell text is cleaned ({@link TextNormalizer}); formula cells are reported once as warnings
 * (their cached result is used as plain text). Not thread-safe.
 */
final class SheetTable {
  private final String name;
  private final List<ColumnHeader> columns;
  private final Map<Integer, ColumnHeader> byColumn;
  private final List<XlsxRow> rows;
  private final ProblemList problems;

  private SheetTable(String name, List<ColumnHeader> columns, List<XlsxRow> rows, ProblemList problems) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
    this.problems = problems;
    Map<Integer, ColumnHeader> m = new LinkedHashMap<>();
    for (ColumnHeader c : columns) {
      m.put(c.column(), c);
    }
    this.byColumn = m;
  }

  static SheetTable read(XlsxSheet sheet, ProblemList problems) {
    List<XlsxRow> all = sheet.readAll();
    problems.registerSheet(sheet.name());
    List<ColumnHeader> columns = new ArrayList<>();
    List<XlsxRow> data = new ArrayList<>();
    boolean headerSeen = false;
    for (XlsxRow row : all) {
      if (row.isBlank() && !hasFormula(row)) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        Map<String, ColumnHeader> seen = new LinkedHashMap<>();
        for (XlsxCell c : row.cells()) {
          if (c.formula()) {
            problems.warning(sheet.name(), row.number(), ColumnHeader.parse(c.column(), c.text()),
                "header cell is a formula; its saved result is used");
          }
          String text = TextNormalizer.clean(c.text(), false).strip();
          if (text.isEmpty()) {
            continue;
          }
          ColumnHeader h = ColumnHeader.parse(c.column(), text);
          String key = h.base() + "::" + (h.language() == null ? "" : h.language().key());
          ColumnHeader before = seen.putIfAbsent(key, h);
          if (before != null) {
            problems.error(sheet.name(), row.number(), h, "column repeats the header of column " + before.letters());
            continue;
          }
          columns.add(h);
        }
        continue;
      }
      data.add(row);
      for (XlsxCell c : row.cells()) {
        if (c.formula()) {
          ColumnHeader h = headerAt(columns, c.column());
          problems.warning(sheet.name(), row.number(), h != null ? h : ColumnHeader.parse(c.column(), ""),
              "cell is a formula; it is not evaluated and its saved result is used as plain text");
        }
      }
    }
    return new SheetTable(sheet.name(), columns, data, problems);
  }

  private static boolean hasFormula(XlsxRow row) {
    for (XlsxCell c : row.cells()) {
      if (c.formula()) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable ColumnHeader headerAt(List<ColumnHeader> columns, int column) {
    for (ColumnHeader h : columns) {
      if (h.column() == column) {
        return h;
      }
    }
    return null;
  }

  String name() {
    return name;
  }

  List<ColumnHeader> columns() {
    return columns;
  }

  List<XlsxRow> rows() {
    return rows;
  }

  /** The column with this base and no language, if any. */
  @Nullable ColumnHeader column(String base) {
    for (ColumnHeader c : columns) {
      if (c.base().equals(base) && (c.language() == null || c.language().key().isEmpty())) {
        return c;
      }
    }
    return null;
  }

  /** All columns of a translatable base (each with its language). */
  List<ColumnHeader> translated(String base) {
    List<ColumnHeader> out = new ArrayList<>();
    for (ColumnHeader c : columns) {
      if (c.base().equals(base) && c.language() != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether a data cell lies outside every headed column (with a value). */
  @Nullable ColumnHeader header(int column) {
    return byColumn.get(column);
  }

  /** Single-line cleaned text of a column in a row, stripped; empty when absent. */
  static String text(XlsxRow row, @Nullable ColumnHeader column) {
    if (column == null) {
      return "";
    }
    XlsxCell c = row.cell(column.column());
    return c == null ? "" : TextNormalizer.clean(c.text(), false).strip();
  }

  /** Multi-line cleaned text (labels, hints, messages), stripped. */
  static String longText(XlsxRow row, @Nullable ColumnHeader column) {
    if (column == null) {
      return "";
    }
    XlsxCell c = row.cell(column.column());
    return c == null ? "" : TextNormalizer.clean(c.text(), true).strip();
  }

  /** The texts of every language of a translatable base. */
  LocalizedText localized(XlsxRow row, String base) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ColumnHeader c : translated(base)) {
      String t = longText(row, c);
      if (!t.isEmpty()) {
        m.put(c.language().key(), t);
      }
    }
    return new LocalizedText(m);
  }
}
