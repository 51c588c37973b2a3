package org.guwah.forms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.forms.testing.XlsxBuilder.DateCell;
import org.guwah.forms.testing.XlsxBuilder.Formula;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxWorkbookTest {

  private static final String SHEET1 = "xl/worksheets/sheet1.xml";

  @ParameterizedTest(name = "inline strings: {0}")
  @ValueSource(booleans = {false, true})
  void readsStringsNumbersBooleansDatesAndSparseRows(boolean inline) {
    XlsxBuilder b = XlsxBuilder.create().sheet("people")
        .row("name", "age", "ok", "born")
        .row("qanari ئابدۇرېھىم", 42, true, new DateCell(LocalDate.of(1987, 3, 15)))
        .rowAt(5, null, 1.5, null, null, "far");
    if (inline) {
      b.inlineStrings();
    }
    XlsxWorkbook wb = XlsxWorkbook.open(b.sheet("second").row("x").build());

    assertThat(wb.sheetNames()).containsExactly("people", "second");
    List<XlsxRow> rows = wb.sheet("people").orElseThrow().readAll();
    assertThat(rows).extracting(XlsxRow::number).containsExactly(1, 2, 5);
    XlsxRow r2 = rows.get(1);
    assertThat(r2.text(1)).isEqualTo("qanari ئابدۇرېھىم");
    assertThat(r2.cell(1).kind()).isEqualTo(CellKind.STRING);
    assertThat(r2.text(2)).isEqualTo("42");
    assertThat(r2.cell(2).numberValue()).hasValue(42.0);
    assertThat(r2.text(3)).isEqualTo("TRUE");
    assertThat(r2.cell(3).kind()).isEqualTo(CellKind.BOOLEAN);
    assertThat(r2.text(4)).isEqualTo("1987-03-15");
    assertThat(r2.cell(4).date()).hasValue(LocalDate.of(1987, 3, 15));
    XlsxRow r5 = rows.get(2);
    assertThat(r5.cells()).extracting(XlsxCell::reference).containsExactly("B5", "E5");
    assertThat(r5.text(2)).isEqualTo("1.5");
    assertThat(r5.text(1)).isEmpty();
    assertThat(r5.cell(3)).isNull();
    assertThat(wb.sheetIgnoreCase(" PEOPLE ")).isPresent();
  }

  @Test
  void readsExcelStyleMarkup() {
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac xr\" "
        + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
        + "<dimension ref=\"A1:D2\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
        + "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/><cols><col min=\"1\" max=\"1\" width=\"20\"/></cols>"
        + "<sheetData><row r=\"1\" spans=\"1:4\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" s=\"0\" t=\"s\"><v>0</v></c>"
        + "<c r=\"B1\" s=\"1\"><v>43174</v></c><c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        + "<c r=\"D1\" t=\"b\"><f>TRUE()</f><v>1</v></c></row>"
        + "<row r=\"2\" spans=\"1:4\"><c r=\"A2\" s=\"1\"/><c r=\"B2\" s=\"1\"><v>43174.5</v></c>"
        + "<c r=\"C2\"><f>SUM(1,2)</f><v>3</v></c></row></sheetData>"
        + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
    byte[] x = XlsxBuilder.create().sheet("Sheet1").row("type").replacePart(SHEET1, sheet).build();
    List<XlsxRow> rows = XlsxWorkbook.open(x).sheets().get(0).readAll();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text(1)).isEqualTo("type");
    assertThat(rows.get(0).text(2)).isEqualTo("2018-03-15");
    assertThat(rows.get(0).cell(3).kind()).isEqualTo(CellKind.ERROR);
    assertThat(rows.get(0).text(3)).isEqualTo("#DIV/0!");
    assertThat(rows.get(0).cell(4).formula()).isTrue();
    assertThat(rows.get(0).text(4)).isEqualTo("TRUE");
    assertThat(rows.get(1).cell(1)).as("a styled cell without a value is no cell").isNull();
    assertThat(rows.get(1).text(2)).isEqualTo("2018-03-15T12:00:00");
    assertThat(rows.get(1).text(3)).isEqualTo("3");
    assertThat(rows.get(1).cell(3).formula()).isTrue();
  }

  @Test
  void rowsAndCellsWithoutReferencesFollowEachOther() {
    byte[] x = XlsxBuilder.create().omitReferences().storeOnly().sheet("s").row("a", "b").row(null, "c").build();
    List<XlsxRow> rows = XlsxWorkbook.open(x).sheets().get(0).readAll();
    assertThat(rows).extracting(XlsxRow::number).containsExactly(1, 2);
    // without references a left-out cell cannot be seen: the next cell takes its place
    assertThat(rows.get(1).cells()).extracting(XlsxCell::reference).containsExactly("A2");
  }

  @Test
  void numbersArePlainDecimals() {
    assertThat(XlsxCell.numberText("1.0")).isEqualTo("1");
    assertThat(XlsxCell.numberText("1E-3")).isEqualTo("0.001");
    assertThat(XlsxCell.numberText("12345678901")).isEqualTo("12345678901");
    assertThat(XlsxCell.numberText("-0")).isEqualTo("0");
    assertThat(XlsxCell.numberText("1E+300")).isEqualTo("1E+300");
  }

  @Test
  void decodesOoxmlEscapesAndKeepsRichTextRunsTogether() {
    String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>qan</t></r>"
        + "<r><t>ari</t></r><rPh><t>ignored</t></rPh></is></c></row>");
    String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>line_x000D_two_x005F_x</t></si></sst>";
    byte[] x = XlsxBuilder.create().sheet("s").row("placeholder").build();
    x = XlsxBuilder.create().sheet("s").row("placeholder").replacePart(SHEET1, sheet).replacePart("xl/sharedStrings.xml", sst).build();
    XlsxRow row = XlsxWorkbook.open(x).sheets().get(0).readAll().get(0);
    assertThat(row.text(1)).isEqualTo("line\rtwo_x");
    assertThat(row.text(2)).isEqualTo("qanari");
  }

  @Test
  void formulaCellsKeepTheirCachedResultAndAreFlagged() {
    byte[] x = XlsxBuilder.create().sheet("s")
        .row(new Formula("HYPERLINK(\"http://qanari.example\",\"click\")", "click"), new Formula("NOW()", null), "plain")
        .build();
    XlsxRow row = XlsxWorkbook.open(x).sheets().get(0).readAll().get(0);
    assertThat(row.cell(1).formula()).isTrue();
    assertThat(row.text(1)).isEqualTo("click");
    assertThat(row.cell(2).kind()).isEqualTo(CellKind.BLANK);
    assertThat(row.cell(2).formula()).isTrue();
    assertThat(row.cell(3).formula()).isFalse();
  }

  @Test
  void toStringNeverShowsCellText() {
    byte[] x = XlsxBuilder.create().sheet("s").row("qanari secret").build();
    XlsxRow row = XlsxWorkbook.open(x).sheets().get(0).readAll().get(0);
    assertThat(row.toString()).doesNotContain("qanari");
    assertThat(row.cell(1).toString()).doesNotContain("qanari").contains("A1");
  }

  // ---- refusals ----

  @Test
  void refusesTheUsualWrongFilesWithOneLine() {
    assertReason(new byte[0], Reason.EMPTY);
    assertReason("name,age\nqanari,42\n".getBytes(StandardCharsets.UTF_8), Reason.TEXT_FILE);
    assertReason("\uFEFFtype;name;label\r\ntext;q;ئىسمىڭىز\r\n".getBytes(StandardCharsets.UTF_8), Reason.TEXT_FILE);
    assertReason("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), Reason.XML_FILE);
    assertReason(new byte[] {0, 1, 2, 3, (byte) 0xff, 5, 6, 7}, Reason.NOT_ZIP);
    assertReason(ole2(false), Reason.LEGACY_XLS);
    assertReason(ole2(true), Reason.ENCRYPTED);
    assertReason(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), Reason.OPEN_DOCUMENT);
    assertReason(zip("hello.txt", "hi"), Reason.NOT_WORKBOOK);
    byte[] good = XlsxBuilder.create().sheet("s").row("a").build();
    assertReason(java.util.Arrays.copyOf(good, good.length - 30), Reason.CORRUPT);
  }

  @Test
  void refusesEncryptedZipEntries() {
    byte[] x = XlsxBuilder.create().sheet("s").row("a").build();
    // set the "encrypted" flag bit of every central directory entry
    for (int i = 0; i + 4 < x.length; i++) {
      if (x[i] == 'P' && x[i + 1] == 'K' && x[i + 2] == 1 && x[i + 3] == 2) {
        x[i + 8] |= 1;
      }
    }
    assertReason(x, Reason.ENCRYPTED);
  }

  @Test
  void refusesDamagedData() {
    byte[] x = XlsxBuilder.create().storeOnly().sheet("s").row("qanari").build();
    String s = new String(x, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("<sheetData>");
    x[at + 1] = 'X'; // content changed: checksum no longer matches
    XlsxWorkbook wb = XlsxWorkbook.open(x);
    assertThatThrownBy(() -> wb.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }

  @Test
  void refusesFilesOverTheSizeLimit() {
    byte[] x = XlsxBuilder.create().sheet("s").row("a").build();
    assertThatThrownBy(() -> XlsxWorkbook.open(x, XlsxLimits.defaults().withMaxInputBytes(100)))
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void refusesTooManyEntries() {
    XlsxBuilder b = XlsxBuilder.create().sheet("s").row("a");
    for (int i = 0; i < 20; i++) {
      b.extraPart("docProps/extra" + i + ".xml", new byte[] {'<', 'x', '/', '>'});
    }
    assertThatThrownBy(() -> XlsxWorkbook.open(b.build(), XlsxLimits.defaults().withMaxEntries(10)))
        .isInstanceOfSatisfying(UnreadableWorkbookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ENTRIES));
  }

  @Test
  void refusesAZipBombByCompressionRatioWhileInflating() {
    // 8 MiB of blanks inside the sheet compress about 1000:1; the header claims nothing special
    String padding = " ".repeat(8 << 20);
    byte[] x = XlsxBuilder.create().sheet("s").row("a")
        .replacePart(SHEET1, sheetXml(padding + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"))
        .build();
    assertThat(x.length).isLessThan(64 << 10);
    XlsxWorkbook wb = XlsxWorkbook.open(x);
    assertThatThrownBy(() -> wb.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
          assertThat(e.getMessage()).contains("xl/worksheets/sheet1.xml").contains("100 to 1");
        });
  }

  @Test
  void refusesAPartThatInflatesBeyondItsLimitAndTheTotalLimit() {
    String padding = "<!-- " + "qanari ".repeat(300_000) + " -->";
    byte[] x = XlsxBuilder.create().sheet("s").row("a").replacePart(SHEET1, sheetXml(padding)).build();
    XlsxLimits perEntry = XlsxLimits.defaults().withMaxCompressionRatio(100_000).withMaxEntryBytes(1 << 20);
    assertThatThrownBy(() -> XlsxWorkbook.open(x, perEntry).sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
          assertThat(e.getMessage()).contains("inflates to more than 1048576 bytes");
        });
    XlsxLimits total = XlsxLimits.defaults().withMaxCompressionRatio(100_000).withMaxTotalBytes(3 << 20);
    XlsxWorkbook wb = XlsxWorkbook.open(x, total);
    wb.sheets().get(0).readAll(); // 2.1 MB once
    assertThatThrownBy(() -> wb.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class,
            e -> assertThat(e.getMessage()).contains("in all"));
  }

  @Test
  void refusesDoctypesAndExternalEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
        + "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
    byte[] x = XlsxBuilder.create().sheet("s").row("a").replacePart(SHEET1, xxe).build();
    XlsxWorkbook wb = XlsxWorkbook.open(x);
    assertThatThrownBy(() -> wb.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNSAFE_XML);
          assertThat(e.getMessage()).contains("XXE").doesNotContain("root:");
        });

    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"qanari\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>";
    byte[] y = XlsxBuilder.create().sheet("s").row("a").replacePart("xl/sharedStrings.xml", laughs).build();
    assertThatThrownBy(() -> XlsxWorkbook.open(y))
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSAFE_XML));

    String undeclared = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&qanari;</t></si></sst>";
    byte[] z = XlsxBuilder.create().sheet("s").row("a").replacePart("xl/sharedStrings.xml", undeclared).build();
    assertThatThrownBy(() -> XlsxWorkbook.open(z)).isInstanceOf(UnreadableWorkbookException.class)
        .hasMessageNotContaining("\n");
  }

  @ParameterizedTest(name = "inline strings: {0}")
  @ValueSource(booleans = {false, true})
  void refusesAnOversizedCellNamingIt(boolean inline) {
    XlsxBuilder b = XlsxBuilder.create().sheet("survey").row("ok").row("ok", "qanari".repeat(20));
    if (inline) {
      b.inlineStrings();
    }
    XlsxWorkbook wb = XlsxWorkbook.open(b.build(), XlsxLimits.defaults().withMaxCellChars(100));
    assertThatThrownBy(() -> wb.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.CELL_TOO_LONG);
          assertThat(e.getMessage()).isEqualTo("sheet 'survey' cell B2: holds more than 100 characters");
        });
  }

  @Test
  void refusesTooManyRowsAndColumns() {
    XlsxBuilder b = XlsxBuilder.create().sheet("list");
    for (int i = 0; i < 11; i++) {
      b.row("qanari" + i);
    }
    XlsxWorkbook wb = XlsxWorkbook.open(b.build(), XlsxLimits.defaults().withMaxRows(10));
    assertThatThrownBy(() -> wb.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
          assertThat(e.getMessage()).isEqualTo("sheet 'list': has more than 10 rows");
        });
    byte[] wide = XlsxBuilder.create().sheet("w").row("a", "b", "c", "d").build();
    XlsxWorkbook w = XlsxWorkbook.open(wide, XlsxLimits.defaults().withMaxColumns(3));
    assertThatThrownBy(() -> w.sheets().get(0).readAll())
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_COLUMNS);
          assertThat(e.getMessage()).contains("cell D1");
        });
  }

  @Test
  void streamsWithoutReadingTheWholeSheet() {
    XlsxBuilder b = XlsxBuilder.create().sheet("list");
    for (int i = 0; i < 2000; i++) {
      b.row("qanari" + i, i);
    }
    XlsxWorkbook wb = XlsxWorkbook.open(b.build());
    try (XlsxRowIterator it = wb.sheets().get(0).rows()) {
      assertThat(it.next().text(1)).isEqualTo("qanari0");
      assertThat(it.next().text(2)).isEqualTo("1");
    }
    int[] count = {0};
    wb.sheets().get(0).forEachRow(r -> count[0]++);
    assertThat(count[0]).isEqualTo(2000);
  }

  private static void assertReason(byte[] bytes, Reason reason) {
    assertThatThrownBy(() -> XlsxWorkbook.open(bytes))
        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("qanari");
        });
  }

  static String sheetXml(String sheetData) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>" + sheetData + "</sheetData></worksheet>";
  }

  private static byte[] ole2(boolean encrypted) {
    byte[] b = new byte[2048];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, b, 0, magic.length);
    byte[] name = (encrypted ? "EncryptedPackage" : "Workbook").getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, b, 1024, name.length);
    return b;
  }

  private static byte[] zip(String... namesAndContents) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        for (int i = 0; i < namesAndContents.length; i += 2) {
          z.putNextEntry(new ZipEntry(namesAndContents[i]));
          z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
