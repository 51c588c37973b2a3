package org.guwah.forms.xlsx;

import org.jspecify.annotations.Nullable;

/**
 * A workbook could not be read: not an XLSX file, damaged, unsafe, or beyond an {@link XlsxLimits}
 * limit. {@link #getMessage()} is one line a user can act on ("this is an Excel 97–2003 .xls file;
 * save it as .xlsx"), naming the part, sheet or cell reference where that helps — never a cell's
 * content. Unchecked, so that it can leave a row iterator.
 */
public final class UnreadableWorkbookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a workbook was refused; stable for callers and tests. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    NOT_ZIP,
    TEXT_FILE,
    XML_FILE,
    LEGACY_XLS,
    ENCRYPTED,
    OPEN_DOCUMENT,
    BINARY_WORKBOOK,
    NOT_WORKBOOK,
    CORRUPT,
    UNSUPPORTED_ZIP,
    TOO_MANY_ENTRIES,
    ZIP_BOMB,
    UNSAFE_XML,
    TOO_MANY_ROWS,
    TOO_MANY_COLUMNS,
    CELL_TOO_LONG,
    NO_SUCH_SHEET
  }

  private final Reason reason;
  private final @Nullable String where;

  UnreadableWorkbookException(Reason reason, String message) {
    this(reason, null, message, null);
  }

  UnreadableWorkbookException(Reason reason, @Nullable String where, String message) {
    this(reason, where, message, null);
  }

  UnreadableWorkbookException(Reason reason, @Nullable String where, String message, @Nullable Throwable cause) {
    super(where == null ? message : where + ": " + message, cause, false, true);
    this.reason = reason;
    this.where = where;
  }

  public Reason reason() {
    return reason;
  }

  /** The part, sheet or cell the reason applies to ({@code sheet 'survey' cell C7}), if any. */
  public @Nullable String where() {
    return where;
  }
}
