package org.guwah.forms.xlsx;

/**
 * A1-style cell references: columns A..XFD are 1..16384, rows start at 1. Stateless.
 */
public final class CellReference {
  private CellReference() {}

  /** Column letters of a 1-based column number: 1 → A, 27 → AA. */
  public static String columnLetters(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("column numbers start at 1");
    }
    StringBuilder sb = new StringBuilder(3);
    int c = column;
    while (c > 0) {
      int rem = (c - 1) % 26;
      sb.append((char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return sb.reverse().toString();
  }

  /** The reference of a cell: {@code (3, 7)} → {@code C7}. */
  public static String of(int column, int row) {
    return columnLetters(column) + row;
  }

  /**
   * The 1-based column of a reference such as {@code C7} or {@code $AB$12}, or -1 if it has no
   * leading letters; at most 3 letters are read (−1 beyond).
   */
  static int column(String ref) {
    int col = 0;
    int i = 0;
    if (i < ref.length() && ref.charAt(i) == '$') {
      i++;
    }
    int letters = 0;
    for (; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
      if (++letters > 3) {
        return -1;
      }
    }
    return letters == 0 ? -1 : col;
  }

  /** The row number of a reference (digits after the letters), or -1. */
  static int row(String ref) {
    int i = 0;
    while (i < ref.length() && !Character.isDigit(ref.charAt(i))) {
      i++;
    }
    if (i == ref.length() || ref.length() - i > 9) {
      return -1;
    }
    try {
      return Integer.parseInt(ref.substring(i));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
