package org.guwah.forms.tables;

import java.util.Objects;

/**
 * Something wrong or noteworthy in a list file, located by row and column. The message describes
 * the problem and never quotes a cell: it is safe to log and to show to any user.
 *
 * @param row the row a user sees (spreadsheet row or CSV line, from 1); 0 when the problem concerns
 *     the whole file or a whole column
 * @param column the column as a spreadsheet letter, followed by its header in parentheses when the
 *     header is a recognised column name ({@code "E (身份证号)"}); empty when the problem concerns no
 *     column. Unrecognised headers are never quoted: in a file without a header row they are data.
 * @param message what is wrong, in English, without any value from the file
 */
public record ListFileProblem(int row, String column, String message) {
  public ListFileProblem {
    if (row < 0) {
      throw new IllegalArgumentException("rows start at 1 (0: the whole file)");
    }
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a message");
    }
  }

  /** A problem about the whole file. */
  public static ListFileProblem ofFile(String message) {
    return new ListFileProblem(0, "", message);
  }

  /** The location and message on one line: {@code row 12, column E (身份证号): message}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (row > 0) {
      sb.append("row ").append(row);
    }
    if (!column.isEmpty()) {
      sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
    }
    return sb.length() == 0 ? message : sb + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
