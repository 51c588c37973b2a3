package org.guwah.forms.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one sheet, parsing the sheet part as it is inflated: memory stays bounded by
 * one row. Rows without any cell value are skipped; cells without a value are left out. Row and
 * cell references may be omitted (then they follow the previous one) but must increase.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link UnreadableWorkbookException} for a
 * damaged sheet or a broken limit. Close it when stopping early. Not thread-safe.
 */
public final class XlsxRowIterator implements Iterator<XlsxRow>, AutoCloseable {
  private final XlsxWorkbook workbook;
  private final String sheet;
  private final SafeXml.Reader xml;
  private final XlsxLimits limits;
  private @Nullable XlsxRow pending;
  private boolean finished;
  private int lastRow;
  private int rowCount;

  XlsxRowIterator(XlsxWorkbook workbook, String sheet, String part, InputStream in) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.limits = workbook.limits();
    this.xml = SafeXml.open(part, in);
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !finished) {
      pending = advance();
      if (pending == null) {
        finished = true;
        xml.close();
      }
    }
    return pending != null;
  }

  @Override
  public XlsxRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    XlsxRow r = pending;
    pending = null;
    return r;
  }

  @Override
  public void close() {
    finished = true;
    pending = null;
    xml.close();
  }

  private @Nullable XlsxRow advance() {
    int ev;
    while ((ev = xml.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.name();
      if (name.equals("row")) {
        XlsxRow row = row();
        if (row != null) {
          return row;
        }
      } else if (!name.equals("worksheet") && !name.equals("sheetData")) {
        xml.skip();
      }
    }
    return null;
  }

  private @Nullable XlsxRow row() {
    String r = xml.attribute("r");
    int number;
    if (r == null) {
      number = lastRow + 1;
    } else {
      number = parsePositive(r);
      if (number < 1) {
        throw damaged("a row has an invalid number");
      }
    }
    if (number <= lastRow) {
      throw damaged("row " + number + " comes after row " + lastRow);
    }
    if (number > 1_048_576) {
      throw damaged("row " + number + " is beyond the last spreadsheet row");
    }
    lastRow = number;
    List<XlsxCell> cells = new ArrayList<>();
    int lastColumn = 0;
    int ev;
    while ((ev = xml.nextTag()) != XMLStreamConstants.END_ELEMENT || !xml.name().equals("row")) {
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw damaged("the sheet ends inside a row");
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!xml.name().equals("c")) {
        xml.skip();
        continue;
      }
      String ref = xml.attribute("r");
      int column = ref == null ? lastColumn + 1 : CellReference.column(ref);
      if (column < 1) {
        throw damaged("a cell in row " + number + " has an invalid reference");
      }
      if (ref != null && CellReference.row(ref) != number) {
        throw damaged("cell " + CellReference.of(column, number) + " names another row");
      }
      if (column <= lastColumn) {
        throw damaged("cell " + CellReference.of(column, number) + " is out of order or repeated");
      }
      if (column > limits.maxColumns()) {
        throw new UnreadableWorkbookException(Reason.TOO_MANY_COLUMNS, where(number, column),
            "is beyond the limit of " + limits.maxColumns() + " columns");
      }
      lastColumn = column;
      XlsxCell cell = cell(number, column);
      if (cell != null) {
        cells.add(cell);
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    if (++rowCount > limits.maxRows()) {
      throw new UnreadableWorkbookException(Reason.TOO_MANY_ROWS, "sheet '" + sheet + "'",
          "has more than " + limits.maxRows() + " rows");
    }
    return new XlsxRow(number, cells);
  }

  private @Nullable XlsxCell cell(int row, int column) {
    String type = xml.attribute("t");
    String s = xml.attribute("s");
    int style = s == null ? 0 : parsePositiveOrZero(s);
    boolean formula = false;
    String value = null;
    String inline = null;
    int ev;
    while ((ev = xml.nextTag()) != XMLStreamConstants.END_ELEMENT || !xml.name().equals("c")) {
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw damaged("the sheet ends inside a cell");
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.name()) {
        case "f":
          formula = true;
          xml.skip();
          break;
        case "v":
          value = xml.text(limits.maxCellChars());
          if (value == null) {
            throw tooLong(row, column);
          }
          break;
        case "is":
          inline = inlineString(row, column);
          break;
        default:
          xml.skip();
          break;
      }
    }
    String t = type == null ? "n" : type;
    boolean date1904 = workbook.date1904();
    switch (t) {
      case "s": {
        if (value == null) {
          return blank(row, column, formula);
        }
        String text = workbook.sharedString(parsePositiveOrZero(value.trim()));
        if (text == null) {
          throw damaged("cell " + CellReference.of(column, row) + " refers to a missing shared string");
        }
        if (text == SharedStrings.TOO_LONG) {
          throw tooLong(row, column);
        }
        return new XlsxCell(row, column, CellKind.STRING, text, Double.NaN, formula, false, date1904);
      }
      case "inlineStr":
        if (inline == null) {
          return value == null ? blank(row, column, formula)
              : new XlsxCell(row, column, CellKind.STRING, OoxmlText.decode(value), Double.NaN, formula, false, date1904);
        }
        return new XlsxCell(row, column, CellKind.STRING, inline, Double.NaN, formula, false, date1904);
      case "str":
        return value == null ? blank(row, column, formula)
            : new XlsxCell(row, column, CellKind.STRING, OoxmlText.decode(value), Double.NaN, formula, false, date1904);
      case "b":
        if (value == null) {
          return blank(row, column, formula);
        }
        return new XlsxCell(row, column, CellKind.BOOLEAN, value.trim().equals("1") ? "TRUE" : "FALSE", Double.NaN,
            formula, false, date1904);
      case "e":
        return value == null ? blank(row, column, formula)
            : new XlsxCell(row, column, CellKind.ERROR, value.trim(), Double.NaN, formula, false, date1904);
      case "d":
        return value == null ? blank(row, column, formula)
            : new XlsxCell(row, column, CellKind.STRING, value.trim(), Double.NaN, formula, false, date1904);
      case "n":
        return number(row, column, value, formula, workbook.isDateStyle(style), date1904);
      default:
        throw damaged("cell " + CellReference.of(column, row) + " has an unknown type");
    }
  }

  private @Nullable XlsxCell number(int row, int column, @Nullable String value, boolean formula, boolean dateStyled,
      boolean date1904) {
    if (value == null || value.isBlank()) {
      return blank(row, column, formula);
    }
    double d;
    try {
      d = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw damaged("cell " + CellReference.of(column, row) + " holds an invalid number");
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw damaged("cell " + CellReference.of(column, row) + " holds an invalid number");
    }
    String text = XlsxCell.numberText(value);
    if (dateStyled) {
      var dt = XlsxCell.serialToDateTime(d, date1904);
      if (dt != null) {
        text = dt.toLocalTime().toSecondOfDay() == 0 ? dt.toLocalDate().toString() : dt.toString();
        if (text.length() == 16) {
          text = text + ":00";
        }
      } else {
        dateStyled = false;
      }
    }
    return new XlsxCell(row, column, CellKind.NUMBER, text, d, formula, dateStyled, date1904);
  }

  private @Nullable XlsxCell blank(int row, int column, boolean formula) {
    return formula ? new XlsxCell(row, column, CellKind.BLANK, "", Double.NaN, true, false, workbook.date1904()) : null;
  }

  private String inlineString(int row, int column) {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int ev = xml.nextTag();
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw damaged("the sheet ends inside a cell");
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      String name = xml.name();
      if (name.equals("rPh") || name.equals("phoneticPr")) {
        xml.skip();
      } else if (name.equals("t")) {
        String t = xml.text(limits.maxCellChars() - sb.length());
        if (t == null) {
          throw tooLong(row, column);
        }
        sb.append(t);
      } else {
        depth++;
      }
    }
    return OoxmlText.decode(sb.toString());
  }

  private String where(int row, int column) {
    return "sheet '" + sheet + "' cell " + CellReference.of(column, row);
  }

  private UnreadableWorkbookException tooLong(int row, int column) {
    return new UnreadableWorkbookException(Reason.CELL_TOO_LONG, where(row, column),
        "holds more than " + limits.maxCellChars() + " characters");
  }

  private UnreadableWorkbookException damaged(String message) {
    return new UnreadableWorkbookException(Reason.CORRUPT, "sheet '" + sheet + "'", message);
  }

  private static int parsePositive(String s) {
    String t = s.trim();
    if (t.isEmpty() || t.length() > 9) {
      return -1;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i)) || t.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(t);
  }

  private int parsePositiveOrZero(String s) {
    int v = parsePositive(s);
    if (v < 0) {
      throw damaged("a cell has an invalid index");
    }
    return v;
  }
}
