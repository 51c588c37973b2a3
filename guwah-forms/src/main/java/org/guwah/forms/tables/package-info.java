/**
 * Reading <em>lists</em>: the spreadsheets Guwah imports to corroborate testimonies — NGO lists,
 * community registers and leaked official spreadsheets — as CSV or XLSX.
 *
 * <h2>API</h2>
 *
 * <pre>{@code
 * ListFileReader reader = ListFileReader.withLimits(ListLimits.defaults());
 * ListFileSummary summary = reader.read(in, fileName, row -> {
 *   // row.rowNumber(): the spreadsheet row or CSV line a user sees
 *   // row.cells(): trimmed NFC text; row.truncatedBySpreadsheet(i): digits lost by Excel
 * });
 * ListColumns columns = summary.columns();   // which column is ListField.NAME, ID_NUMBER, ...
 * summary.warnings();                        // ListFileProblem(row, column, message)
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.guwah.forms.tables.ListFileReader} reads one file and streams its {@link
 *       org.guwah.forms.tables.ListRow}s to a consumer, then returns a {@link
 *       org.guwah.forms.tables.ListFileSummary}; bad files raise a {@link
 *       org.guwah.forms.tables.ListFileException} with a {@link
 *       org.guwah.forms.tables.ListFileException.Reason}.
 *   <li>{@link org.guwah.forms.tables.ListColumns} maps header positions to {@link
 *       org.guwah.forms.tables.ListField}s from column names in English, Uyghur, Kazakh, Russian,
 *       Turkish and Chinese (序号, 姓名, 性别, 民族, 出生日期, 身份证号, 公民身份号码, 住址, 教育点, 入教时间,
 *       原因 …) and the columns of {@code guwah link}.
 *   <li>{@link org.guwah.forms.tables.ListLimits} bounds bytes, rows, cells per row and characters
 *       per cell.
 * </ul>
 *
 * <h2>Formats</h2>
 *
 * <ul>
 *   <li><b>CSV</b> (or semicolon-, tab- or bar-separated; RFC 4180 quoting, read by FastCSV):
 *       UTF-8 with or without BOM, UTF-16 with BOM. A file that is not valid UTF-8 is accepted as
 *       GB18030 only if it decodes cleanly and reads as Chinese text (a warning says so);
 *       otherwise it is refused, naming the byte offset and line of the first invalid byte.
 *   <li><b>XLSX</b>: the first sheet with a value, streamed (memory holds the file, the shared
 *       strings and one row, never the whole sheet); every inflated byte is counted against the
 *       limits and the compression ratio, so zip bombs and oversized parts are refused. Formulas
 *       are never evaluated: their saved results are used ({@link
 *       org.guwah.forms.tables.ListCellFlag#FORMULA}). Date cells become {@code yyyy-mm-dd}.
 *       Numbers become exact decimal text: an 18-digit ID typed as a number is stored by Excel as
 *       {@code 6.53101198501011E17}; the reader delivers the digits the file kept ({@code
 *       653101198501011000}) and flags the cell {@link
 *       org.guwah.forms.tables.ListCellFlag#TRUNCATED_NUMBER} rather than invent digits.
 *   <li>XLS, ODS, XLSB, PDF, HTML/XML and binary files are refused with a message naming the
 *       format.
 * </ul>
 *
 * <h2>Cells</h2>
 *
 * Control characters (C0 except tab and line feed, DEL, C1) and unpaired surrogates are
 * <em>removed</em>, not refused, and the cell is marked {@link
 * org.guwah.forms.tables.ListCellFlag#CONTROL_CHARACTERS_REMOVED} (a warning counts them per
 * column); CR LF and CR inside a cell become LF. Cells are trimmed of Unicode spaces, zero-width
 * spaces and stray byte-order marks, and normalised to NFC; bidi marks, ZWJ and ZWNJ are kept.
 *
 * <h2>Privacy</h2>
 *
 * Rows are identity data. Nothing here logs, writes to disk or puts a cell value, a sheet name or
 * the file name into an exception, a warning or a {@code toString()}; problems name the row and
 * the column (its letter, plus its header when that is a recognised column name).
 */
@NullMarked
package org.guwah.forms.tables;

import org.jspecify.annotations.NullMarked;
