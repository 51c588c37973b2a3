package org.guwah.forms.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a large XLSX list the way Excel does (shared strings, date-styled numbers, a title row
 * above the header) straight into a zip stream, row by row, so that a test can produce 200,000 rows
 * without building the sheet in memory. Test code only.
 */
final class BigXlsxWriter {
  static final String[] HEADERS = {"序号", "姓名", "性别", "民族", "出生日期", "身份证号", "住址", "教育点", "入教时间", "原因"};
  private static final String[] PLACES = {"墨玉县", "疏附县", "喀什市", "和田县", "特克斯县"};
  private static final String[] FACILITIES = {"一号教育点", "二号教育点", "三号教育点"};
  private static final String[] REASONS = {"宗教", "出国", "手机", "亲属"};

  private BigXlsxWriter() {}

  /** Writes {@code rows} data rows; every 7th ID is a number (the rest text), to be flagged. */
  static void write(OutputStream out, int rows, long seed) throws IOException {
    SyntheticPeople people = new SyntheticPeople(seed);
    List<String> shared = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(1);
    put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        + "</Relationships>");
    put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");

    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + idx("墨玉县学员名单（合成数据）", shared, index) + "</v></c></row>");
    w.write("<row r=\"2\">");
    for (int c = 0; c < HEADERS.length; c++) {
      w.write("<c r=\"" + (char) ('A' + c) + "2\" t=\"s\"><v>" + idx(HEADERS[c], shared, index) + "</v></c>");
    }
    w.write("</row>");
    LocalDate epoch = LocalDate.of(1899, 12, 30);
    for (int i = 1; i <= rows; i++) {
      int r = i + 2;
      w.write("<row r=\"" + r + "\">");
      w.write("<c r=\"A" + r + "\"><v>" + i + "</v></c>");
      w.write(s("B", r, idx(people.chineseName(), shared, index)));
      w.write(s("C", r, idx(people.nextInt(2) == 0 ? "男" : "女", shared, index)));
      w.write(s("D", r, idx("维吾尔族", shared, index)));
      long serial = ChronoUnit.DAYS.between(epoch, LocalDate.of(1950, 1, 1).plusDays(people.nextInt(20_000)));
      w.write("<c r=\"E" + r + "\" s=\"1\"><v>" + serial + "</v></c>");
      String id = people.residentId();
      if (i % 7 == 0 && Character.isDigit(id.charAt(17))) {
        w.write("<c r=\"F" + r + "\"><v>" + Double.toString(Double.parseDouble(id.substring(0, 15) + "000")) + "</v></c>");
      } else {
        w.write(s("F", r, idx(id, shared, index)));
      }
      w.write(s("G", r, idx(PLACES[people.nextInt(PLACES.length)], shared, index)));
      w.write(s("H", r, idx(FACILITIES[people.nextInt(FACILITIES.length)], shared, index)));
      w.write("<c r=\"I" + r + "\" s=\"1\"><v>" + (42_000 + people.nextInt(1_000)) + "</v></c>");
      w.write(s("J", r, idx(REASONS[people.nextInt(REASONS.length)], shared, index)));
      w.write("</row>");
    }
    w.write("</sheetData></worksheet>");
    w.flush();
    zip.closeEntry();

    zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"" + shared.size() + "\">");
    for (String s : shared) {
      w.write("<si><t>" + s + "</t></si>");
    }
    w.write("</sst>");
    w.flush();
    zip.closeEntry();
    zip.finish();
  }

  private static String s(String col, int row, int idx) {
    return "<c r=\"" + col + row + "\" t=\"s\"><v>" + idx + "</v></c>";
  }

  private static int idx(String s, List<String> shared, Map<String, Integer> index) {
    return index.computeIfAbsent(s, k -> {
      shared.add(k);
      return shared.size() - 1;
    });
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
