package org.guwah.forms.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.guwah.forms.tables.ListFileException.Reason;

/**
 * Reads a list file — an NGO list, a community register, a leaked official spreadsheet — as CSV
 * or XLSX, and streams its data rows to a consumer in file order. The format is decided by the
 * content, not the file name: a zip archive is read as XLSX, text as CSV; XLS, ODS, XLSB, PDF,
 * HTML and binary files are refused with a message naming the format and what to do.
 *
 * <p>The header row is the first of the first 20 non-blank rows with at least two known column
 * names ({@link ListColumns}); rows above it are skipped with a warning. If no row qualifies, the
 * first non-blank row is the header and a warning says so. Blank rows are skipped and not counted.
 * Cells are trimmed, NFC-normalised, and control characters other than tab and line breaks are
 * removed (and the cell marked, {@link ListCellFlag#CONTROL_CHARACTERS_REMOVED}); markup such as
 * {@code <script>} is ordinary text.
 *
 * <p>The file is held in memory (bounded by {@link ListLimits#maxBytes()}), never written to disk,
 * and nothing is logged. Exceptions and warnings never contain a cell value or the file name. A
 * {@link ListFileException} may come after some rows were delivered; callers import all or
 * nothing. An exception thrown by the consumer leaves {@code read} unchanged. Immutable and
 * thread-safe; each call reads one file.
 */
public final class ListFileReader {
  private final ListLimits limits;

  private ListFileReader(ListLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader with {@link ListLimits#defaults()}. */
  public static ListFileReader withDefaults() {
    return new ListFileReader(ListLimits.defaults());
  }

  public static ListFileReader withLimits(ListLimits limits) {
    return new ListFileReader(limits);
  }

  public ListLimits limits() {
    return limits;
  }

  /**
   * Reads a whole list file from {@code in} (not closed) and delivers its data rows to {@code rows}.
   *
   * @param fileName the name the file was uploaded under, used only to warn when its extension
   *     disagrees with the content; never repeated in a message
   * @throws ListFileException if the file is empty, too large, of another format, not decodable,
   *     malformed, unsafe, or breaks a limit
   */
  public ListFileSummary read(InputStream in, String fileName, Consumer<ListRow> rows) throws ListFileException {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new ListFileException(Reason.IO, "file", ListFileProblem.ofFile("the file could not be read"));
    }
    return read(bytes, fileName, rows);
  }

  /** Reads a list file held in memory; see {@link #read(InputStream, String, Consumer)}. */
  public ListFileSummary read(byte[] bytes, String fileName, Consumer<ListRow> rows) throws ListFileException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(rows, "rows");
    if (bytes.length > limits.maxBytes()) {
      throw new ListFileException(Reason.TOO_LARGE, "file", ListFileProblem.ofFile(
          "the file is larger than the limit of " + limits.maxBytes() + " bytes"));
    }
    if (bytes.length == 0) {
      throw new ListFileException(Reason.EMPTY, "file", ListFileProblem.ofFile("the file is empty"));
    }
    String ext = extension(fileName);
    Warnings warnings = new Warnings();
    if (isZip(bytes) || isOle2(bytes)) {
      if (!ext.isEmpty() && !ext.equals("xlsx") && !ext.equals("xlsm") && !ext.equals("xls")) {
        warnings.file("the file name does not end in .xlsx, but the file is a workbook; it was read as XLSX");
      }
      ListAssembler assembler = new ListAssembler(XlsxListSource.FORMAT, limits, rows, warnings);
      String sheet = XlsxListSource.read(bytes, limits, assembler, warnings);
      int header = assembler.finish();
      return new ListFileSummary(XlsxListSource.FORMAT, null, null, sheet, header, assembler.columns().headers(),
          assembler.columns(), assembler.rows(), warnings.finish());
    }
    refuseOtherFormats(bytes);
    if (ext.equals("xlsx") || ext.equals("xls") || ext.equals("ods")) {
      warnings.file("the file name ends in ." + ext + ", but the file is text; it was read as CSV");
    }
    ListAssembler assembler = new ListAssembler(CsvListSource.FORMAT, limits, rows, warnings);
    CsvListSource.Result r = CsvListSource.read(bytes, limits, assembler, warnings);
    int header = assembler.finish();
    return new ListFileSummary(CsvListSource.FORMAT, r.encoding(), String.valueOf(r.separator()), null, header,
        assembler.columns().headers(), assembler.columns(), assembler.rows(), warnings.finish());
  }

  private static void refuseOtherFormats(byte[] b) throws ListFileException {
    if (startsWith(b, 0, "%PDF")) {
      throw new ListFileException(Reason.UNSUPPORTED_FORMAT, "pdf", ListFileProblem.ofFile(
          "this is a PDF file, not a CSV or XLSX list; export the table from its source as .xlsx or CSV UTF-8"));
    }
    int i = startsWith(b, 0, "\uFEFF") ? 3 : 0;
    while (i < b.length && i < 4096 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    String start = new String(b, i, Math.min(b.length - i, 64), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String markup : new String[] {"<?xml", "<!doctype", "<html", "<table", "<workbook", "<office:document"}) {
      if (start.startsWith(markup)) {
        throw new ListFileException(Reason.UNSUPPORTED_FORMAT, "html", ListFileProblem.ofFile(
            "this is an HTML or XML file (a web page saved as .xls, an 'XML Spreadsheet 2003' or a flat"
                + " OpenDocument file), not CSV or XLSX; open it in a spreadsheet program and save it as .xlsx"));
      }
    }
  }

  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
  }

  static boolean isOle2(byte[] b) {
    int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int from, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
    if (b.length - from < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[from + i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ListFileReader[" + limits + "]";
  }
}
