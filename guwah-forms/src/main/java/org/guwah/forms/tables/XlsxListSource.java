package org.guwah.forms.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.forms.tables.ListFileException.Reason;
import org.guwah.forms.xlsx.CellKind;
import org.guwah.forms.xlsx.UnreadableWorkbookException;
import org.guwah.forms.xlsx.XlsxCell;
import org.guwah.forms.xlsx.XlsxLimits;
import org.guwah.forms.xlsx.XlsxRow;
import org.guwah.forms.xlsx.XlsxRowIterator;
import org.guwah.forms.xlsx.XlsxSheet;
import org.guwah.forms.xlsx.XlsxWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet with a value of an XLSX workbook through the bounded streaming reader of
 * {@code org.guwah.forms.xlsx}: the zip is read from memory with every inflated byte counted (zip
 * bombs and oversized parts stop the read), the sheet is parsed with StAX as it inflates, formulas
 * are never evaluated. Numbers become exact decimal text; date cells ISO dates.
 */
final class XlsxListSource {
  static final String FORMAT = "xlsx";
  private static final Pattern CELL = Pattern.compile("cell ([A-Z]{1,3})(\\d{1,7})");
  /** Below this a number's integer digits are all kept by a spreadsheet (15 significant digits). */
  private static final double SIXTEEN_DIGITS = 1e15;
  private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

  private XlsxListSource() {}

  /** Returns the name of the sheet read. */
  static String read(byte[] bytes, ListLimits limits, ListAssembler assembler, Warnings warnings)
      throws ListFileException {
    XlsxWorkbook wb;
    try {
      wb = XlsxWorkbook.open(bytes, xlsxLimits(limits));
    } catch (UnreadableWorkbookException e) {
      throw translate(e, null, assembler, limits);
    }
    List<XlsxSheet> sheets = wb.sheets();
    for (int s = 0; s < sheets.size(); s++) {
      XlsxSheet sheet = sheets.get(s);
      try (XlsxRowIterator it = sheet.rows()) {
        XlsxRow first = null;
        while (it.hasNext()) {
          XlsxRow r = it.next();
          if (!r.isBlank()) {
            first = r;
            break;
          }
        }
        if (first == null) {
          continue;
        }
        if (sheets.size() > 1) {
          warnings.file("the workbook has " + sheets.size() + " sheets; only sheet " + (s + 1)
              + ", the first with values, was read");
        }
        offer(first, assembler);
        while (it.hasNext()) {
          offer(it.next(), assembler);
        }
        return sheet.name();
      } catch (UnreadableWorkbookException e) {
        throw translate(e, sheet.name(), assembler, limits);
      }
    }
    throw new ListFileException(Reason.EMPTY, FORMAT, ListFileProblem.ofFile("the workbook has no cell with a value"));
  }

  /** Limits for the workbook reader derived from the list limits. */
  static XlsxLimits xlsxLimits(ListLimits limits) {
    long entry = Math.min(3L << 30, Math.max(64L << 20, limits.maxBytes() * 40));
    long sharedStrings = Math.min(16_000_000L, limits.maxRows() * 4L + 100_000);
    return new XlsxLimits(limits.maxBytes(), 2_000, entry, entry * 2, 100, 1_048_576, limits.maxCellsPerRow(),
        limits.maxCellChars(), (int) sharedStrings);
  }

  private static void offer(XlsxRow row, ListAssembler assembler) throws ListFileException {
    List<XlsxCell> cells = row.cells();
    int width = cells.isEmpty() ? 0 : cells.get(cells.size() - 1).column();
    List<String> raw = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      raw.add("");
    }
    List<ListCellMark> marks = new ArrayList<>(0);
    for (XlsxCell c : cells) {
      int i = c.column() - 1;
      raw.set(i, text(c, i, marks));
    }
    assembler.offer(row.number(), raw, marks);
  }

  private static String text(XlsxCell c, int index, List<ListCellMark> marks) {
    if (c.formula()) {
      marks.add(new ListCellMark(index, ListCellFlag.FORMULA));
    }
    CellKind kind = c.kind();
    if (kind == CellKind.ERROR) {
      marks.add(new ListCellMark(index, ListCellFlag.SPREADSHEET_ERROR));
      return "";
    }
    if (kind != CellKind.NUMBER) {
      return c.text();
    }
    if (c.dateStyled()) {
      marks.add(new ListCellMark(index, ListCellFlag.DATE_CELL));
      return c.text();
    }
    if (Math.abs(c.number()) >= SIXTEEN_DIGITS && !exactLongNumber(c.text())) {
      marks.add(new ListCellMark(index, ListCellFlag.TRUNCATED_NUMBER));
      return spreadsheetDigits(c.text());
    }
    return c.text();
  }

  /**
   * The digits a spreadsheet keeps of a long number: 15 significant digits, then zeros. A double
   * written to the file may show a 16th and 17th digit ({@code 6.5310119850101094E17}), but those
   * come from the binary fraction, not from the original value.
   */
  static String spreadsheetDigits(String text) {
    try {
      return new BigDecimal(text).round(EXCEL_PRECISION).toPlainString();
    } catch (NumberFormatException | ArithmeticException e) {
      return text;
    }
  }

  /**
   * Whether a long number's text has more significant digits than a double can print (17): then a
   * program other than a spreadsheet wrote the digits exactly (openpyxl writes integers so), and no
   * digit was lost. Excel's {@code 6.53101198501011E+17} and a double's {@code 6.531011985010112E17}
   * are not exact.
   */
  static boolean exactLongNumber(String text) {
    try {
      return new BigDecimal(text).stripTrailingZeros().precision() > 17;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static ListFileException translate(UnreadableWorkbookException e, @Nullable String sheetName,
      ListAssembler assembler, ListLimits limits) {
    String message = e.getMessage() == null ? "the workbook cannot be read" : e.getMessage();
    if (sheetName != null) {
      message = message.replace("sheet '" + sheetName + "'", "the sheet");
    }
    Matcher m = CELL.matcher(e.where() == null ? "" : e.where());
    int row = 0;
    String column = "";
    if (m.find()) {
      row = Integer.parseInt(m.group(2));
      column = assembler.label(columnIndex(m.group(1)));
    }
    switch (e.reason()) {
      case EMPTY:
        return new ListFileException(Reason.EMPTY, FORMAT, ListFileProblem.ofFile("the file is empty"));
      case TOO_LARGE:
        return new ListFileException(Reason.TOO_LARGE, FORMAT, ListFileProblem.ofFile(
            "the file is larger than the limit of " + limits.maxBytes() + " bytes"));
      case LEGACY_XLS:
        return new ListFileException(Reason.UNSUPPORTED_FORMAT, "xls", ListFileProblem.ofFile(
            "this is an Excel 97-2003 workbook (.xls), which is not read; open it in a spreadsheet program and save"
                + " it as .xlsx (Excel Workbook) or CSV UTF-8"));
      case OPEN_DOCUMENT:
        return new ListFileException(Reason.UNSUPPORTED_FORMAT, "ods", ListFileProblem.ofFile(
            "this is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx (Excel 2007-365) or"
                + " CSV UTF-8"));
      case BINARY_WORKBOOK:
        return new ListFileException(Reason.UNSUPPORTED_FORMAT, "xlsb", ListFileProblem.ofFile(
            "this is an Excel binary workbook (.xlsb), which is not read; save it as .xlsx (Excel Workbook)"));
      case NOT_ZIP:
      case TEXT_FILE:
      case XML_FILE:
      case NOT_WORKBOOK:
        return new ListFileException(Reason.UNSUPPORTED_FORMAT, "file", ListFileProblem.ofFile(message));
      case ENCRYPTED:
        return new ListFileException(Reason.ENCRYPTED, FORMAT, ListFileProblem.ofFile(
            "the workbook is password-protected; remove the password in the spreadsheet program and save again"));
      case ZIP_BOMB:
      case TOO_MANY_ENTRIES:
      case UNSAFE_XML:
        return new ListFileException(Reason.UNSAFE, FORMAT, ListFileProblem.ofFile(message));
      case TOO_MANY_ROWS:
        return new ListFileException(Reason.TOO_MANY_ROWS, FORMAT, ListFileProblem.ofFile(message));
      case TOO_MANY_COLUMNS:
        return new ListFileException(Reason.TOO_MANY_CELLS, FORMAT, new ListFileProblem(row, column,
            "the cell is beyond the limit of " + limits.maxCellsPerRow() + " columns"));
      case CELL_TOO_LONG:
        return new ListFileException(Reason.CELL_TOO_LONG, FORMAT, new ListFileProblem(row, column,
            "the cell is longer than the limit of " + limits.maxCellChars() + " characters"));
      default:
        return new ListFileException(Reason.MALFORMED, FORMAT, ListFileProblem.ofFile(message));
    }
  }

  private static int columnIndex(String letters) {
    int col = 0;
    for (int i = 0; i < letters.length(); i++) {
      col = col * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return col - 1;
  }
}
