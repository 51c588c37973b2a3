package org.guwah.forms;

import org.jspecify.annotations.Nullable;

/**
 * A problem in a form file, located by sheet, 1-based row and column (letter and header text).
 * Messages describe form structure (types, names, list names, expressions, headers) and never
 * contain respondent data; they may quote the form's own texts such as a type or a field name.
 *
 * @param sheet the sheet's name as in the workbook, or {@code null} for the file as a whole
 * @param row 1-based spreadsheet row, 0 when the problem is not about one row
 * @param column column letters ({@code C}), or {@code null}
 * @param header the column's header text ({@code label::Uyghur (ug)}), or {@code null}
 */
public record FormProblem(Severity severity, @Nullable String sheet, int row, @Nullable String column,
    @Nullable String header, String message) {

  /** Errors make a form unusable; warnings are kept on the loaded form. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public FormProblem {
    if (row < 0) {
      throw new IllegalArgumentException("rows start at 1 (0: none)");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a message");
    }
  }

  /** Where: {@code survey!C7 (label::Uyghur (ug))}, {@code survey row 7}, {@code choices}, or {@code file}. */
  public String location() {
    if (sheet == null) {
      return "file";
    }
    StringBuilder sb = new StringBuilder(sheet);
    if (column != null && row > 0) {
      sb.append('!').append(column).append(row);
    } else if (row > 0) {
      sb.append(" row ").append(row);
    } else if (column != null) {
      sb.append(" column ").append(column);
    }
    if (header != null && !header.isEmpty()) {
      sb.append(" (").append(header).append(')');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + location() + ": " + message;
  }
}
