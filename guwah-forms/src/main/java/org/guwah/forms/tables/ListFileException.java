package org.guwah.forms.tables;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A list file could not be read. {@link #getMessage()} is one line a user can act on that names
 * the format and, where they apply, the row (spreadsheet row or CSV line), the column and the byte
 * offset: {@code "csv, row 57, column E (身份证号): the cell is longer than the limit of 32767
 * characters"}. It never contains a value from the file, nor the file name (which may hold a
 * name). {@link #problems()} holds the same as structured {@link ListFileProblem}s.
 *
 * <p>Rows may have been delivered to the consumer before the failure; callers import a list all or
 * nothing and discard them.
 */
public final class ListFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a file was refused; stable for callers and tests. */
  public enum Reason {
    /** Nothing in it, or only blank rows. */
    EMPTY,
    /** Larger than {@link ListLimits#maxBytes()}. */
    TOO_LARGE,
    /** Not CSV or XLSX: XLS, ODS, XLSB, PDF, HTML, a binary file. */
    UNSUPPORTED_FORMAT,
    /** Password-protected workbook. */
    ENCRYPTED,
    /** Not UTF-8 (nor UTF-16 with a byte-order mark, nor recognisably Chinese GB18030 text). */
    ENCODING,
    /** Broken CSV quoting or a damaged workbook. */
    MALFORMED,
    /** A zip bomb, an oversized part, or XML with a DTD. */
    UNSAFE,
    /** More data rows than {@link ListLimits#maxRows()}. */
    TOO_MANY_ROWS,
    /** A row with more cells than {@link ListLimits#maxCellsPerRow()}. */
    TOO_MANY_CELLS,
    /** A cell longer than {@link ListLimits#maxCellChars()}. */
    CELL_TOO_LONG,
    /** The input stream failed. */
    IO
  }

  private final Reason reason;
  private final String format;
  private final List<ListFileProblem> problems;

  ListFileException(Reason reason, String format, ListFileProblem problem) {
    this(reason, format, problem, null);
  }

  ListFileException(Reason reason, String format, ListFileProblem problem, @Nullable Throwable cause) {
    super(format + (problem.row() > 0 || !problem.column().isEmpty() ? ", " : ": ") + problem.describe(), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.format = Objects.requireNonNull(format, "format");
    this.problems = List.of(problem);
  }

  /** Why the file was refused. */
  public Reason reason() {
    return reason;
  }

  /** {@code csv}, {@code xlsx}, or what the file turned out to be ({@code xls}, {@code ods}, {@code file}). */
  public String format() {
    return format;
  }

  /** The problems that stopped the read (at least one), located by row and column. */
  public List<ListFileProblem> problems() {
    return problems;
  }
}
