package org.guwah.forms.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.guwah.forms.TextNormalizer;
import org.guwah.forms.tables.ListFileException.Reason;
import org.guwah.forms.xlsx.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw rows of a CSV file or a sheet into {@link ListRow}s: cleans cells, skips blank
 * rows, finds the header row among the first {@link #HEADER_SEARCH_ROWS} non-blank rows, and hands
 * every later row to the consumer. Rows are buffered only until the header is known. Not
 * thread-safe; one per read.
 */
final class ListAssembler {
  /** Non-blank rows searched for a header row (titles may sit above it in leaked sheets). */
  static final int HEADER_SEARCH_ROWS = 20;

  /** A number in scientific notation of 16 or more digits, as a CSV saved by a spreadsheet writes it. */
  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d(?:\\.\\d+)?[eE]\\+?(1[5-9]|[2-9]\\d)");

  private record Pending(int row, List<String> cells, List<ListCellMark> marks) {}

  private final String format;
  private final ListLimits limits;
  private final Consumer<ListRow> consumer;
  private final Warnings warnings;
  private final List<Pending> buffer = new ArrayList<>();
  private @Nullable ListColumns columns;
  private int headerRow;
  private int rows;

  ListAssembler(String format, ListLimits limits, Consumer<ListRow> consumer, Warnings warnings) {
    this.format = format;
    this.limits = limits;
    this.consumer = consumer;
    this.warnings = warnings;
  }

  /** How problems name a column: with its header once the header is known and recognised. */
  String label(int index) {
    return columns == null ? CellReference.columnLetters(index + 1) : columns.label(index);
  }

  /**
   * Offers one row as read. {@code raw} are the cells as stored (untrimmed), {@code sourceMarks}
   * what the reader of the format noticed.
   */
  void offer(int rowNumber, List<String> raw, List<ListCellMark> sourceMarks) throws ListFileException {
    List<ListCellMark> marks = new ArrayList<>(sourceMarks);
    List<String> cells = new ArrayList<>(raw.size());
    boolean blank = true;
    for (int i = 0; i < raw.size(); i++) {
      String r = raw.get(i);
      if (hasControlCharacters(r)) {
        marks.add(new ListCellMark(i, ListCellFlag.CONTROL_CHARACTERS_REMOVED));
      }
      String c = trim(TextNormalizer.clean(r, true));
      if (!c.isEmpty()) {
        blank = false;
        if (maybeScientific(c) && SCIENTIFIC.matcher(c).matches()
            && !hasMark(marks, i, ListCellFlag.TRUNCATED_NUMBER)) {
          marks.add(new ListCellMark(i, ListCellFlag.TRUNCATED_NUMBER));
        }
      }
      cells.add(c);
    }
    if (blank) {
      return;
    }
    if (columns != null) {
      deliver(rowNumber, cells, marks);
      return;
    }
    buffer.add(new Pending(rowNumber, cells, marks));
    if (ListColumns.recognise(cells).recognisedCount() >= 2) {
      decideHeader(buffer.size() - 1, true);
    } else if (buffer.size() >= HEADER_SEARCH_ROWS) {
      decideHeader(0, false);
    }
  }

  /** Ends the read; returns the header row's number. */
  int finish() throws ListFileException {
    if (columns == null) {
      if (buffer.isEmpty()) {
        throw new ListFileException(Reason.EMPTY, format, ListFileProblem.ofFile("the file has no cell with a value"));
      }
      decideHeader(0, false);
    }
    if (rows == 0) {
      warnings.file("the file has a header row but no data rows");
    }
    return headerRow;
  }

  ListColumns columns() {
    if (columns == null) {
      throw new IllegalStateException("the header is not known yet");
    }
    return columns;
  }

  int rows() {
    return rows;
  }

  private void decideHeader(int index, boolean recognised) throws ListFileException {
    Pending header = buffer.get(index);
    List<String> names = new ArrayList<>(header.cells());
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    ListColumns cols = ListColumns.recognise(names);
    columns = cols;
    headerRow = header.row();
    if (index > 0) {
      warnings.file(index + (index == 1 ? " row" : " rows") + " above the header row (row " + headerRow
          + ") were skipped (titles?)");
    }
    if (!recognised) {
      if (cols.recognisedCount() == 0) {
        warnings.add(new ListFileProblem(headerRow, "", "no known column name was recognised; row " + headerRow
            + " was taken as the header row (does the file have one?)"));
      } else {
        warnings.add(new ListFileProblem(headerRow, "", "none of the first " + HEADER_SEARCH_ROWS
            + " rows has two known column names; row " + headerRow + " was taken as the header row"));
      }
    }
    checkHeaders(cols);
    List<Pending> rest = new ArrayList<>(buffer.subList(index + 1, buffer.size()));
    buffer.clear();
    for (Pending p : rest) {
      deliver(p.row(), p.cells(), p.marks());
    }
  }

  private void checkHeaders(ListColumns cols) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cols.size(); i++) {
      String h = cols.headers().get(i);
      if (h.isEmpty()) {
        warnings.add(new ListFileProblem(headerRow, cols.label(i), "the column has no header"));
        continue;
      }
      String key = HeaderKey.full(h).isEmpty() ? h : HeaderKey.full(h);
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        warnings.add(new ListFileProblem(headerRow, cols.label(i),
            "the column has the same header as column " + cols.label(first) + "; both are kept"));
      }
    }
  }

  private void deliver(int rowNumber, List<String> cells, List<ListCellMark> marks) throws ListFileException {
    ListColumns cols = columns();
    int width = cols.size();
    int last = cells.size() - 1;
    while (last >= width && cells.get(last).isEmpty()) {
      last--;
    }
    List<String> out;
    if (last >= width) {
      warnings.row("the row has values beyond the header's columns", rowNumber,
          CellReference.columnLetters(width + 1),
          "the row has values beyond the header's " + width + (width == 1 ? " column" : " columns")
              + "; they are kept");
      out = cells.subList(0, last + 1);
    } else {
      out = new ArrayList<>(cells.subList(0, Math.min(cells.size(), width)));
      while (out.size() < width) {
        out.add("");
      }
    }
    List<ListCellMark> kept = new ArrayList<>(marks.size());
    for (ListCellMark m : marks) {
      if (m.column() < out.size()) {
        kept.add(m);
        if (m.flag() != ListCellFlag.DATE_CELL) {
          warnings.flag(rowNumber, cols.label(m.column()), m.flag());
        }
      }
    }
    if (++rows > limits.maxRows()) {
      throw new ListFileException(Reason.TOO_MANY_ROWS, format, new ListFileProblem(rowNumber, "",
          "the file has more than " + limits.maxRows() + " data rows, the limit"));
    }
    consumer.accept(new ListRow(rowNumber, out, kept));
  }

  private static boolean maybeScientific(String c) {
    char first = c.charAt(0);
    return c.length() >= 4 && c.length() <= 40 && (first >= '0' && first <= '9' || first == '+' || first == '-')
        && (c.indexOf('E') > 0 || c.indexOf('e') > 0);
  }

  private static boolean hasMark(List<ListCellMark> marks, int column, ListCellFlag flag) {
    for (ListCellMark m : marks) {
      if (m.column() == column && m.flag() == flag) {
        return true;
      }
    }
    return false;
  }

  /** Control characters that {@link TextNormalizer#clean} removes (tab and line breaks are kept). */
  static boolean hasControlCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0) {
        return true;
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
            : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        if (!paired) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Strips white space at both ends: Unicode spaces (including the no-break and ideographic
   * spaces), line breaks, tabs, and the invisible zero-width space and byte-order mark.
   */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isTrimmable(s.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmable(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  private static boolean isTrimmable(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }
}
