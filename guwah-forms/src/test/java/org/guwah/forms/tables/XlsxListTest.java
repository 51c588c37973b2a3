package org.guwah.forms.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guwah.forms.tables.ListFileException.Reason;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.forms.testing.XlsxBuilder.DateCell;
import org.guwah.forms.testing.XlsxBuilder.Formula;
import org.junit.jupiter.api.Test;

class XlsxListTest {
  private static final String SHEET1 = "xl/worksheets/sheet1.xml";
  private static final Object[] LEAK_HEADERS = {"序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "户籍地址",
      "教育点", "入教时间", "原因"};

  @Test
  void findsChineseHeadersBelowATitleRowAndKeepsIdsAsTheSpreadsheetStoredThem() throws Exception {
    SyntheticPeople p = new SyntheticPeople(1);
    String idX = "65312119850101003";
    idX = idX + SyntheticPeople.checkChar(idX);
    while (!idX.endsWith("X")) {
      String base = "6531211985010" + String.format("%04d", p.nextInt(10_000));
      idX = base + SyntheticPeople.checkChar(base);
    }
    String name1 = p.chineseName();
    String name2 = p.chineseName();
    byte[] xlsx = XlsxBuilder.create().sheet("名单")
        .row("墨玉县某乡学员花名册（合成数据）")
        .rowAt(3, LEAK_HEADERS)
        .row(1, name1, "男", "维吾尔族", new DateCell(LocalDate.of(1985, 1, 1)), idX, "墨玉县某村",
            "一号教育点", new DateCell(LocalDate.of(2017, 5, 3)), "宗教")
        .row(2, name2, "女", "维吾尔族", new DateCell(LocalDate.of(1990, 12, 31)), 6.53101198501011E17, "疏附县某村",
            "二号教育点", new DateCell(LocalDate.of(2018, 2, 1)), "出国")
        .row(3, p.chineseName(), "男", "维吾尔族", null, 653121850101123L)
        .row(4, p.chineseName(), "男", "维吾尔族", null, new BigDecimal("653121199001010019"))
        .row(5, p.chineseName(), "女", "维吾尔族", null, 6.531011985010112E17)
        .build();

    Lists.Read r = Lists.read(xlsx, "名单.xlsx");

    ListFileSummary s = r.summary();
    assertThat(s.format()).isEqualTo("xlsx");
    assertThat(s.encoding()).isNull();
    assertThat(s.sheetName()).isEqualTo("名单");
    assertThat(s.headerRow()).isEqualTo(3);
    assertThat(s.headers()).containsExactly("序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "户籍地址", "教育点",
        "入教时间", "原因");
    ListColumns c = s.columns();
    assertThat(List.of(c.field(0), c.field(1), c.field(2), c.field(3), c.field(4), c.field(5), c.field(6), c.field(7),
        c.field(8), c.field(9))).containsExactly(ListField.RECORD_ID, ListField.NAME, ListField.SEX,
        ListField.ETHNICITY, ListField.BIRTH_DATE, ListField.ID_NUMBER, ListField.PLACE, ListField.FACILITY,
        ListField.DETENTION_DATE, ListField.REASON);
    assertThat(s.rows()).isEqualTo(5);
    assertThat(s.warnings()).extracting(ListFileProblem::message)
        .anySatisfy(m -> assertThat(m).contains("1 row above the header row (row 3) were skipped"));

    assertThat(r.rows()).extracting(ListRow::rowNumber).containsExactly(4, 5, 6, 7, 8);
    ListRow first = r.row(0);
    assertThat(first.cells()).hasSize(10);
    assertThat(first.cell(0)).isEqualTo("1");
    assertThat(r.cell(0, ListField.NAME)).isEqualTo(name1);
    assertThat(r.cell(0, ListField.BIRTH_DATE)).isEqualTo("1985-01-01");
    assertThat(first.has(4, ListCellFlag.DATE_CELL)).isTrue();
    assertThat(r.cell(0, ListField.DETENTION_DATE)).isEqualTo("2017-05-03");
    assertThat(r.cell(0, ListField.ID_NUMBER)).as("an ID ending in X stays text").isEqualTo(idX).endsWith("X");
    assertThat(first.truncatedBySpreadsheet(5)).isFalse();

    assertThat(r.cell(1, ListField.ID_NUMBER)).as("Excel's 15 significant digits, not invented ones")
        .isEqualTo("653101198501011000");
    assertThat(r.row(1).truncatedBySpreadsheet(5)).isTrue();

    assertThat(r.cell(2, ListField.ID_NUMBER)).as("a 15-digit ID fits a number exactly").isEqualTo("653121850101123");
    assertThat(r.row(2).truncatedBySpreadsheet(5)).isFalse();
    assertThat(r.row(2).cells()).as("padded to the header's width").hasSize(10);
    assertThat(r.row(2).cell(9)).isEmpty();

    assertThat(r.cell(3, ListField.ID_NUMBER)).as("all 18 digits written by a program that kept them")
        .isEqualTo("653121199001010019");
    assertThat(r.row(3).truncatedBySpreadsheet(5)).isFalse();

    assertThat(r.cell(4, ListField.ID_NUMBER)).as("a double's 16th and 17th digits are not kept")
        .isEqualTo("653101198501011000");
    assertThat(r.row(4).truncatedBySpreadsheet(5)).isTrue();

    assertThat(s.warnings()).filteredOn(w -> w.column().equals("F (公民身份号码)"))
        .singleElement().satisfies(w -> {
          assertThat(w.row()).isEqualTo(5);
          assertThat(w.message()).startsWith("2 cells").contains("15 significant digits");
        });
  }

  @Test
  void takesTheCachedResultOfFormulasAndNeverEvaluatesThem() throws Exception {
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Age</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>CONCATENATE(\"Ab\",\"dur\")</f><v>Abdur</v></c>"
        + "<c r=\"B2\"><f>2024-1990</f><v>34</v></c><c r=\"C2\" t=\"e\"><f>VLOOKUP(A2,X:Y,2,0)</f><v>#N/A</v></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Pa Ti</t></is></c><c r=\"B3\"><f>NOW()</f></c>"
        + "<c r=\"C3\" t=\"str\"><f>HYPERLINK(\"http://example.invalid\",\"x\")</f><v>x</v></c></row>"
        + "</sheetData></worksheet>";
    byte[] xlsx = XlsxBuilder.create().sheet("Sheet1").row("x").replacePart(SHEET1, sheet).build();

    Lists.Read r = Lists.read(xlsx, "list.xlsx");

    assertThat(r.rows()).hasSize(2);
    assertThat(r.row(0).cells()).containsExactly("Abdur", "34", "");
    assertThat(r.row(0).has(0, ListCellFlag.FORMULA)).isTrue();
    assertThat(r.row(0).has(1, ListCellFlag.FORMULA)).isTrue();
    assertThat(r.row(0).has(2, ListCellFlag.SPREADSHEET_ERROR)).isTrue();
    assertThat(r.row(1).cells()).as("a formula without a saved result is empty, not computed")
        .containsExactly("Pa Ti", "", "x");
    assertThat(r.row(1).has(1, ListCellFlag.FORMULA)).isTrue();
    assertThat(r.summary().warnings()).extracting(ListFileProblem::describe)
        .anySatisfy(w -> assertThat(w).contains("column B (Age)").contains("2 cells").contains("formulas"))
        .anySatisfy(w -> assertThat(w).contains("column C (Notes)").contains("spreadsheet errors"));
  }

  @Test
  void readsMixedScriptsWithUyghurKazakhAndRussianHeadersAsNfcText() throws Exception {
    SyntheticPeople p = new SyntheticPeople(7);
    String uyghur = p.uyghurName();
    String cyrillic = p.cyrillicName();
    String decomposed = "Сергеи\u0306 Пе\u0308тр"; // и + breve, е + diaeresis: NFC makes й and ё
    byte[] xlsx = XlsxBuilder.create().sheet("تىزىملىك")
        .row("No", "ئىسمى", "ФИО", "Жынысы", "Туған жылы", "كىملىك نومۇرى", "Ескерту")
        .row(1, uyghur, cyrillic, "ئەر", 1984, "653121198401010012", "  <b>bold</b>  ")
        .row(2, "  " + decomposed + "\u00A0", decomposed, "ەر", 1979.0, "", "\u200Bتېكىست\uFEFF")
        .build();

    Lists.Read r = Lists.read(xlsx, "list.xlsx");

    ListColumns c = r.summary().columns();
    assertThat(c.indexesOf(ListField.NAME)).containsExactly(1, 2);
    assertThat(c.field(3)).isEqualTo(ListField.SEX);
    assertThat(c.field(4)).isEqualTo(ListField.BIRTH_YEAR);
    assertThat(c.field(5)).isEqualTo(ListField.ID_NUMBER);
    assertThat(c.field(6)).isEqualTo(ListField.NOTES);
    assertThat(r.row(0).cells()).containsExactly("1", uyghur, cyrillic, "ئەر", "1984", "653121198401010012",
        "<b>bold</b>");
    assertThat(r.row(1).cell(1)).isEqualTo("Сергей Пётр").isEqualTo(r.row(1).cell(2));
    assertThat(r.row(1).cell(4)).isEqualTo("1979");
    assertThat(r.row(1).cell(6)).isEqualTo("تېكىست");
  }

  @Test
  void returnsMarkupAndFormulaLookingTextAsText() throws Exception {
    String script = "<script>alert(document.cookie)</script>";
    byte[] xlsx = XlsxBuilder.create().sheet("s")
        .row("Name", "Notes").row("Ab Du", script).row("=1+2", "@SUM(A1)").build();

    Lists.Read r = Lists.read(xlsx, "list.xlsx");

    assertThat(r.row(0).cell(1)).isEqualTo(script);
    assertThat(r.row(1).cells()).containsExactly("=1+2", "@SUM(A1)");
    assertThat(r.row(1).marks()).isEmpty();
  }

  @Test
  void readsTheFirstSheetWithAValue() throws Exception {
    byte[] xlsx = XlsxBuilder.create().sheet("empty").sheet("blank").row("   ", "").sheet("data")
        .row("Name", "Sex").row("Ab Du", "M").build();

    Lists.Read r = Lists.read(xlsx, "list.xlsx");

    assertThat(r.summary().sheetName()).isEqualTo("data");
    assertThat(r.rows()).hasSize(1);
    assertThat(r.summary().warnings()).extracting(ListFileProblem::message)
        .contains("the workbook has 3 sheets; only sheet 3, the first with values, was read");
  }

  @Test
  void keepsValuesBeyondTheHeaderAndWarns() throws Exception {
    byte[] xlsx = XlsxBuilder.create().sheet("s").row("Name", "Sex").row("Ab Du", "M", null, "extra")
        .row("Pa Ti", "F", "", null).build();

    Lists.Read r = Lists.read(xlsx, "list.xlsx");

    assertThat(r.row(0).cells()).containsExactly("Ab Du", "M", "", "extra");
    assertThat(r.row(1).cells()).containsExactly("Pa Ti", "F");
    assertThat(r.summary().warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(2);
      assertThat(w.column()).isEqualTo("C");
      assertThat(w.message()).contains("beyond the header's 2 columns");
    });
  }

  @Test
  void refusesACellLongerThanTheLimitNamingRowAndColumn() {
    byte[] xlsx = XlsxBuilder.create().sheet("s").row("序号", "姓名", "性别").row(1, "阿布", "男")
        .row(2, "x".repeat(40_000), "女").build();

    ListFileException e = catchThrowableOfType(ListFileException.class, () -> Lists.read(xlsx, "list.xlsx"));

    assertThat(e.reason()).isEqualTo(Reason.CELL_TOO_LONG);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(3);
      assertThat(p.column()).isEqualTo("B (姓名)");
    });
    assertThat(e.getMessage()).isEqualTo(
        "xlsx, row 3, column B (姓名): the cell is longer than the limit of 32767 characters");
  }

  @Test
  void refusesAZipBombBeforeInflatingIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] base = XlsxBuilder.create().sheet("s").row("Name", "Sex").build();
    try (ZipOutputStream z = new ZipOutputStream(out);
        java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(SHEET1)) {
          z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
              + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
              .getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 64; i++) {
            z.write(spaces);
          }
          z.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          z.write(in.readAllBytes());
        }
        z.closeEntry();
      }
    }
    byte[] bomb = out.toByteArray();
    assertThat(bomb.length).as("a tiny file").isLessThan(200_000);

    ListFileException e = catchThrowableOfType(ListFileException.class, () -> Lists.read(bomb, "list.xlsx"));

    assertThat(e.reason()).isEqualTo(Reason.UNSAFE);
    assertThat(e.getMessage()).startsWith("xlsx: ").contains("zip bomb");
  }

  @Test
  void refusesOldExcelAndOpenDocumentNamingTheFormat() {
    byte[] xls = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, xls, 0, magic.length);
    Map<String, byte[]> ods = new LinkedHashMap<>();
    ods.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
    ods.put("META-INF/manifest.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8));
    ods.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> Lists.read(xls, "list.xls")).isInstanceOfSatisfying(ListFileException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
      assertThat(e.format()).isEqualTo("xls");
      assertThat(e.getMessage()).contains("Excel 97-2003 workbook (.xls)").contains("save it as .xlsx");
    });
    assertThatThrownBy(() -> Lists.read(Lists.zip(ods), "list.ods")).isInstanceOfSatisfying(ListFileException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
          assertThat(e.format()).isEqualTo("ods");
          assertThat(e.getMessage()).contains("OpenDocument spreadsheet (.ods)");
        });
  }

  @Test
  void refusesAnEmptyWorkbookAndTooManyRows() {
    byte[] empty = XlsxBuilder.create().sheet("s").build();
    assertThatThrownBy(() -> Lists.read(empty, "e.xlsx")).isInstanceOfSatisfying(ListFileException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));

    XlsxBuilder b = XlsxBuilder.create().sheet("s").row("Name", "Sex");
    for (int i = 0; i < 11; i++) {
      b.row("N" + i, "M");
    }
    ListFileReader reader = ListFileReader.withLimits(ListLimits.defaults().withMaxRows(10));
    assertThatThrownBy(() -> Lists.read(reader, b.build(), "l.xlsx")).isInstanceOfSatisfying(ListFileException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
          assertThat(e.problems().get(0).row()).isEqualTo(12);
        });
  }

  @Test
  void refusesCellsBeyondTheColumnLimit() {
    byte[] xlsx = XlsxBuilder.create().sheet("s").row("Name", "Sex").row("a", "b", "c", "d", "e").build();
    ListFileReader reader = ListFileReader.withLimits(ListLimits.defaults().withMaxCellsPerRow(4));

    ListFileException e = catchThrowableOfType(ListFileException.class, () -> Lists.read(reader, xlsx, "l.xlsx"));

    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_CELLS);
    assertThat(e.problems().get(0).row()).isEqualTo(2);
    assertThat(e.problems().get(0).column()).isEqualTo("E");
  }

  @Test
  void readsAWorkbookUploadedUnderAnotherNameAndSaysSo() throws Exception {
    byte[] xlsx = XlsxBuilder.create().sheet("s").row("Name", "Sex").row("Ab", "M").build();

    Lists.Read r = Lists.read(xlsx, "list.csv");

    assertThat(r.summary().format()).isEqualTo("xlsx");
    assertThat(r.summary().warnings()).extracting(ListFileProblem::message)
        .anySatisfy(m -> assertThat(m).contains("read as XLSX"));
  }
}
