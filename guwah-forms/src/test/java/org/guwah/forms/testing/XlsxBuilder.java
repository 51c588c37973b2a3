package org.guwah.forms.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test-side XLSX writer producing what Excel and LibreOffice write: a content-types part, package
 * and workbook relationships, a shared-strings table (or inline strings), a styles part with a date
 * format, one worksheet part per sheet with {@code r} references. Options produce the odd files
 * real users upload (no references, inline strings, formulas, raw parts).
 */
public final class XlsxBuilder {
  /** A formula cell with the result the saving program cached (null: none cached). */
  public record Formula(String formula, String cached) {}

  /** A date-styled number cell. */
  public record DateCell(LocalDate date) {}

  /** A row at an explicit row number (leaving a gap before it). */
  public record Row(int number, List<Object> cells) {}

  private final Map<String, List<Row>> sheets = new LinkedHashMap<>();
  private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
  private final Map<String, String> replacedParts = new LinkedHashMap<>();
  private boolean inlineStrings;
  private boolean omitReferences;
  private boolean storeOnly;
  private String currentSheet;

  public static XlsxBuilder create() {
    return new XlsxBuilder();
  }

  /** Starts (or continues) a sheet; following {@link #row} calls add to it. */
  public XlsxBuilder sheet(String name) {
    sheets.computeIfAbsent(name, k -> new ArrayList<>());
    currentSheet = name;
    return this;
  }

  /** Adds a row right after the previous one; {@code null} cells are left out (sparse rows). */
  public XlsxBuilder row(Object... cells) {
    List<Row> rows = sheets.get(currentSheet);
    int number = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number() + 1;
    rows.add(new Row(number, Arrays.asList(cells)));
    return this;
  }

  /** Adds a row at an explicit number. */
  public XlsxBuilder rowAt(int number, Object... cells) {
    sheets.get(currentSheet).add(new Row(number, Arrays.asList(cells)));
    return this;
  }

  /** Writes strings inline ({@code t="inlineStr"}) instead of in the shared-strings table. */
  public XlsxBuilder inlineStrings() {
    this.inlineStrings = true;
    return this;
  }

  /** Leaves out the {@code r} attributes of rows and cells (allowed, rare). */
  public XlsxBuilder omitReferences() {
    this.omitReferences = true;
    return this;
  }

  /** Stores entries uncompressed. */
  public XlsxBuilder storeOnly() {
    this.storeOnly = true;
    return this;
  }

  /** Adds an extra part. */
  public XlsxBuilder extraPart(String name, byte[] content) {
    extraParts.put(name, content);
    return this;
  }

  /** Replaces a generated part by this text (e.g. {@code xl/worksheets/sheet1.xml}). */
  public XlsxBuilder replacePart(String name, String content) {
    replacedParts.put(name, content);
    return this;
  }

  public byte[] build() {
    List<String> shared = new ArrayList<>();
    Map<String, Integer> sharedIndex = new LinkedHashMap<>();
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder();
    types.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    StringBuilder wb = new StringBuilder();
    wb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        .append("<workbookPr/><sheets>");
    StringBuilder wbRels = new StringBuilder();
    wbRels.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int i = 0;
    for (Map.Entry<String, List<Row>> sheet : sheets.entrySet()) {
      i++;
      wb.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"").append(i)
          .append("\" r:id=\"rId").append(i).append("\"/>");
      wbRels.append("<Relationship Id=\"rId").append(i)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
          .append(i).append(".xml\"/>");
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
          .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      parts.put("xl/worksheets/sheet" + i + ".xml", sheetXml(sheet.getValue(), shared, sharedIndex));
    }
    wb.append("</sheets></workbook>");
    int next = i + 1;
    wbRels.append("<Relationship Id=\"rId").append(next++)
        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    if (!shared.isEmpty()) {
      wbRels.append("<Relationship Id=\"rId").append(next)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      StringBuilder sst = new StringBuilder();
      sst.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
          .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
          .append(shared.size()).append("\" uniqueCount=\"").append(shared.size()).append("\">");
      for (String s : shared) {
        sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
      }
      sst.append("</sst>");
      parts.put("xl/sharedStrings.xml", sst.toString());
    }
    wbRels.append("</Relationships>");
    types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    types.append("</Types>");
    String rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>";
    String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "</styleSheet>";
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put("[Content_Types].xml", types.toString());
    ordered.put("_rels/.rels", rootRels);
    ordered.put("xl/workbook.xml", wb.toString());
    ordered.put("xl/_rels/workbook.xml.rels", wbRels.toString());
    ordered.put("xl/styles.xml", styles);
    ordered.putAll(parts);
    ordered.putAll(replacedParts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (storeOnly) {
        zip.setMethod(ZipOutputStream.STORED);
      }
      for (Map.Entry<String, String> e : ordered.entrySet()) {
        put(zip, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<String, byte[]> e : extraParts.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    if (storeOnly) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(data);
      entry.setSize(data.length);
      entry.setCompressedSize(data.length);
      entry.setCrc(crc.getValue());
    }
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }

  private String sheetXml(List<Row> rows, List<String> shared, Map<String, Integer> sharedIndex) {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        .append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>");
    for (Row row : rows) {
      sb.append(omitReferences ? "<row>" : "<row r=\"" + row.number() + "\">");
      int col = 0;
      for (Object cell : row.cells()) {
        col++;
        if (cell == null) {
          continue;
        }
        String ref = omitReferences ? "" : " r=\"" + columnLetters(col) + row.number() + "\"";
        if (cell instanceof String) {
          String s = (String) cell;
          if (inlineStrings) {
            sb.append("<c").append(ref).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(s))
                .append("</t></is></c>");
          } else {
            Integer idx = sharedIndex.get(s);
            if (idx == null) {
              idx = shared.size();
              shared.add(s);
              sharedIndex.put(s, idx);
            }
            sb.append("<c").append(ref).append(" t=\"s\"><v>").append(idx).append("</v></c>");
          }
        } else if (cell instanceof Boolean) {
          sb.append("<c").append(ref).append(" t=\"b\"><v>").append((Boolean) cell ? 1 : 0).append("</v></c>");
        } else if (cell instanceof Number) {
          sb.append("<c").append(ref).append("><v>").append(cell).append("</v></c>");
        } else if (cell instanceof DateCell) {
          long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), ((DateCell) cell).date());
          sb.append("<c").append(ref).append(" s=\"1\"><v>").append(serial).append("</v></c>");
        } else if (cell instanceof Formula) {
          Formula f = (Formula) cell;
          sb.append("<c").append(ref).append(" t=\"str\"><f>").append(escape(f.formula())).append("</f>");
          if (f.cached() != null) {
            sb.append("<v>").append(escape(f.cached())).append("</v>");
          }
          sb.append("</c>");
        } else {
          throw new IllegalArgumentException("unsupported cell " + cell.getClass());
        }
      }
      sb.append("</row>");
    }
    sb.append("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
    return sb.toString();
  }

  static String columnLetters(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column;
    while (c > 0) {
      sb.append((char) ('A' + (c - 1) % 26));
      c = (c - 1) / 26;
    }
    return sb.reverse().toString();
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': sb.append("&amp;"); break;
        case '<': sb.append("&lt;"); break;
        case '>': sb.append("&gt;"); break;
        case '"': sb.append("&quot;"); break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') {
            sb.append(String.format("_x%04X_", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }
}
