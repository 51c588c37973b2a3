package org.guwah.forms.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;

/**
 * One worksheet of an {@link XlsxWorkbook}. Reading it streams its part again each time (and
 * counts against the workbook's total inflation limit). Thread-safe: each {@link #rows()} call has
 * its own state.
 */
public final class XlsxSheet {
  private final XlsxWorkbook workbook;
  private final String name;
  private final String part;

  XlsxSheet(XlsxWorkbook workbook, String name, String part) {
    this.workbook = workbook;
    this.name = name;
    this.part = part;
  }

  /** The sheet's name as shown on its tab. */
  public String name() {
    return name;
  }

  /** A streaming iterator over the rows that have cells; close it when stopping early. */
  public XlsxRowIterator rows() {
    InputStream in = workbook.zip().open(part);
    if (in == null) {
      throw new UnreadableWorkbookException(Reason.CORRUPT, "sheet '" + name + "'", "its part is missing from the archive");
    }
    return new XlsxRowIterator(workbook, name, part, in);
  }

  /** Calls {@code action} for each row, in order. */
  public void forEachRow(Consumer<XlsxRow> action) {
    try (XlsxRowIterator it = rows()) {
      while (it.hasNext()) {
        action.accept(it.next());
      }
    }
  }

  /** All rows in memory (bounded by {@link XlsxLimits#maxRows()}). */
  public List<XlsxRow> readAll() {
    List<XlsxRow> out = new ArrayList<>();
    forEachRow(out::add);
    return out;
  }

  @Override
  public String toString() {
    return "XlsxSheet[" + name + "]";
  }
}
