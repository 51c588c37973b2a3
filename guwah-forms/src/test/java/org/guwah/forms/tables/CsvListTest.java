package org.guwah.forms.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.guwah.forms.tables.ListFileException.Reason;
import org.junit.jupiter.api.Test;

class CsvListTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset CP1251 = Charset.forName("windows-1251");

  @Test
  void readsUtf8WithAByteOrderMark() throws Exception {
    byte[] csv = Lists.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Lists.text("record_id,source,name,sex,birth_date,birth_year,place,id_number\r\n"
            + "r1,atajurt,Abdu Rehim,M,1985-01-01,,653121,653121198501010011\r\n"));

    Lists.Read r = Lists.read(csv, "records.csv");

    ListFileSummary s = r.summary();
    assertThat(s.format()).isEqualTo("csv");
    assertThat(s.encoding()).isEqualTo("UTF-8 with BOM");
    assertThat(s.separator()).isEqualTo(",");
    assertThat(s.headers().get(0)).isEqualTo("record_id");
    assertThat(s.columns().fields()).containsExactlyInAnyOrder(ListField.RECORD_ID, ListField.SOURCE, ListField.NAME,
        ListField.SEX, ListField.BIRTH_DATE, ListField.BIRTH_YEAR, ListField.PLACE, ListField.ID_NUMBER);
    assertThat(s.warnings()).isEmpty();
    assertThat(r.rows()).singleElement().satisfies(row -> {
      assertThat(row.rowNumber()).isEqualTo(2);
      assertThat(row.cells()).containsExactly("r1", "atajurt", "Abdu Rehim", "M", "1985-01-01", "", "653121",
          "653121198501010011");
    });
  }

  @Test
  void acceptsChineseGb18030AndSaysSo() throws Exception {
    SyntheticPeople p = new SyntheticPeople(3);
    String n1 = p.chineseName();
    String n2 = p.chineseName();
    String text = "序号,姓名,性别,民族,身份证号,现住址\n1," + n1 + ",男,维吾尔族,65312119850101001X,墨玉县某乡某村\n"
        + "2," + n2 + ",女,维吾尔族,653121199001010019,疏附县某乡\n";

    Lists.Read r = Lists.read(Lists.text(text, GB18030), "名单.csv");

    assertThat(r.summary().encoding()).isEqualTo("GB18030");
    assertThat(r.summary().warnings()).extracting(ListFileProblem::message)
        .anySatisfy(m -> assertThat(m).contains("GB18030"));
    assertThat(r.cell(0, ListField.NAME)).isEqualTo(n1);
    assertThat(r.cell(1, ListField.NAME)).isEqualTo(n2);
    assertThat(r.cell(0, ListField.CURRENT_ADDRESS)).isEqualTo("墨玉县某乡某村");
    assertThat(r.cell(0, ListField.ID_NUMBER)).isEqualTo("65312119850101001X");
  }

  @Test
  void refusesLatin1AndCyrillicBytesThatAreNotUtf8NamingOffsetAndLine() {
    byte[] latin1 = "Name,Place\nAbdu,Urumqi\nMüller,Köln\n".getBytes(StandardCharsets.ISO_8859_1);
    ListFileException e = catchThrowableOfType(ListFileException.class, () -> Lists.read(latin1, "l.csv"));
    assertThat(e.reason()).isEqualTo(Reason.ENCODING);
    assertThat(e.problems().get(0).row()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("csv, row 3: the file is not UTF-8 (the bytes at offset 24, line 3, are not"
        + " valid UTF-8) and does not read as Chinese GB18030 text either; save it as CSV UTF-8");

    byte[] cp1251 = "Имя,Пол,Адрес\nАбдурехим,муж,Кашгар\nГульнара,жен,Хотан\n".getBytes(CP1251);
    assertThatThrownBy(() -> Lists.read(cp1251, "l.csv")).isInstanceOfSatisfying(ListFileException.class,
        x -> assertThat(x.reason()).isEqualTo(Reason.ENCODING));
  }

  @Test
  void refusesInvalidBytesInTheMiddleOfAUtf8File() {
    byte[] csv = Lists.concat(Lists.text("姓名,性别\n阿布都,男\n古丽,女\n"), new byte[] {'x', (byte) 0xC3, '(', ','},
        Lists.text("女\n"));

    ListFileException e = catchThrowableOfType(ListFileException.class, () -> Lists.read(csv, "l.csv"));

    assertThat(e.reason()).isEqualTo(Reason.ENCODING);
    assertThat(e.problems().get(0).row()).isEqualTo(4);
    assertThat(e.getMessage()).contains("offset 40, line 4");
  }

  @Test
  void readsUtf16TabSeparatedTextAsExcelSavesIt() throws Exception {
    String text = "\uFEFFАты-жөні\tТуған күні\tЖеке куәлік нөмірі\r\nАбдурахим Тұрсын\t1985-01-01\t653121198501010011\r\n";

    Lists.Read r = Lists.read(text.getBytes(StandardCharsets.UTF_16LE), "list.txt");

    assertThat(r.summary().encoding()).isEqualTo("UTF-16LE");
    assertThat(r.summary().separator()).isEqualTo("\t");
    assertThat(r.cell(0, ListField.NAME)).isEqualTo("Абдурахим Тұрсын");
    assertThat(r.cell(0, ListField.BIRTH_DATE)).isEqualTo("1985-01-01");
    assertThat(r.cell(0, ListField.ID_NUMBER)).isEqualTo("653121198501010011");
  }

  @Test
  void guessesASemicolonSeparatorBelowATitleLine() throws Exception {
    String text = "Liste (sentetik veri)\nSıra No;Adı Soyadı;Baba Adı;Doğum Yılı;Kimlik No;Tutulduğu Yer\n"
        + "1;Ab Dure;Him;1980;653121198001010010;Kamp A\n2;Pa Ti;Ke;1975;;\n";

    Lists.Read r = Lists.read(Lists.text(text), "liste.csv");

    assertThat(r.summary().separator()).isEqualTo(";");
    assertThat(r.summary().headerRow()).isEqualTo(2);
    assertThat(r.summary().columns().fields()).containsExactlyInAnyOrder(ListField.RECORD_ID, ListField.NAME,
        ListField.FATHER_NAME, ListField.BIRTH_YEAR, ListField.ID_NUMBER, ListField.FACILITY);
    assertThat(r.rows()).extracting(ListRow::rowNumber).containsExactly(3, 4);
    assertThat(r.cell(1, ListField.FATHER_NAME)).isEqualTo("Ke");
  }

  @Test
  void numbersRowsByTheLineTheyStartOnAndKeepsLineBreaksInQuotedCells() throws Exception {
    String text = "Name,Notes\r\n\"Ab Du\",\"first line\r\nsecond line\"\r\n,,\r\n\r\n\"Pa \"\"Ti\"\"\",\"tab\there\"\r\n";

    Lists.Read r = Lists.read(Lists.text(text), "l.csv");

    assertThat(r.rows()).extracting(ListRow::rowNumber).containsExactly(2, 6);
    assertThat(r.row(0).cell(1)).isEqualTo("first line\nsecond line");
    assertThat(r.row(1).cells()).containsExactly("Pa \"Ti\"", "tab\there");
    assertThat(r.summary().rows()).as("blank rows are not counted").isEqualTo(2);
  }

  @Test
  void removesControlCharactersAndMarksTheCell() throws Exception {
    String text = "Name,Sex\nAb\u0007Du\u0000,M\u001B\nPa Ti,F\n";

    Lists.Read r = Lists.read(Lists.text(text), "l.csv");

    assertThat(r.row(0).cells()).containsExactly("AbDu", "M");
    assertThat(r.row(0).has(0, ListCellFlag.CONTROL_CHARACTERS_REMOVED)).isTrue();
    assertThat(r.row(0).has(1, ListCellFlag.CONTROL_CHARACTERS_REMOVED)).isTrue();
    assertThat(r.row(1).marks()).isEmpty();
    assertThat(r.summary().warnings()).extracting(ListFileProblem::describe)
        .containsExactly(
            "row 2, column A (Name): 1 cell (from this row on) contained control characters, which were removed",
            "row 2, column B (Sex): 1 cell (from this row on) contained control characters, which were removed");
  }

  @Test
  void flagsIdsInScientificNotationAsTruncated() throws Exception {
    String text = "姓名,身份证号\n阿布,6.53101E+17\n古丽,653121199001010019\n";

    Lists.Read r = Lists.read(Lists.text(text), "l.csv");

    assertThat(r.row(0).cell(1)).isEqualTo("6.53101E+17");
    assertThat(r.row(0).truncatedBySpreadsheet(1)).isTrue();
    assertThat(r.row(1).truncatedBySpreadsheet(1)).isFalse();
  }

  @Test
  void keepsUnknownAndDuplicateColumnsAndWarns() throws Exception {
    String text = "姓名,Mystery,姓名：,,Name*\n阿布,x,古丽,y,Ab\n";

    Lists.Read r = Lists.read(Lists.text(text), "l.csv");

    ListColumns c = r.summary().columns();
    assertThat(c.field(1)).isNull();
    assertThat(c.indexesOf(ListField.NAME)).containsExactly(0, 2, 4);
    assertThat(r.row(0).cells()).containsExactly("阿布", "x", "古丽", "y", "Ab");
    assertThat(r.summary().warnings()).extracting(ListFileProblem::describe).containsExactly(
        "row 1, column C (姓名：): the column has the same header as column A (姓名); both are kept",
        "row 1, column D: the column has no header");
  }

  @Test
  void takesTheFirstRowAsHeaderWhenNoKnownColumnIsFoundAndSaysSo() throws Exception {
    String text = "Ab Du,1985,Kashgar\nPa Ti,1990,Hotan\n";

    Lists.Read r = Lists.read(Lists.text(text), "l.csv");

    assertThat(r.summary().noKnownColumns()).isTrue();
    assertThat(r.summary().headerRow()).isEqualTo(1);
    assertThat(r.rows()).hasSize(1);
    assertThat(r.summary().warnings()).singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("no known column name was recognised"));
  }

  @Test
  void readsAHeaderOnlyFileAndRefusesAnEmptyOne() throws Exception {
    Lists.Read r = Lists.read(Lists.text("姓名,性别,身份证号\r\n\r\n"), "l.csv");
    assertThat(r.rows()).isEmpty();
    assertThat(r.summary().rows()).isZero();
    assertThat(r.summary().warnings()).extracting(ListFileProblem::message)
        .containsExactly("the file has a header row but no data rows");

    for (byte[] empty : new byte[][] {new byte[0], Lists.text("\r\n \n,,,\n"), new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}}) {
      assertThatThrownBy(() -> Lists.read(empty, "l.csv")).isInstanceOfSatisfying(ListFileException.class,
          e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }
  }

  @Test
  void refusesACellLongerThanTheLimitNamingLineAndColumn() {
    String text = "序号,姓名\n1,阿布\n2,\"" + "古".repeat(40_000) + "\"\n3,x\n";

    ListFileException e = catchThrowableOfType(ListFileException.class, () -> Lists.read(Lists.text(text), "l.csv"));

    assertThat(e.reason()).isEqualTo(Reason.CELL_TOO_LONG);
    assertThat(e.getMessage()).isEqualTo("csv, row 3, column B (姓名): the cell is longer than the limit of 32767"
        + " characters");
  }

  @Test
  void refusesBrokenQuotingNamingTheLine() {
    assertThatThrownBy(() -> Lists.read(Lists.text("Name,Sex\nAb,M\n\"Pa Ti,F\nKe,M\n"), "l.csv"))
        .isInstanceOfSatisfying(ListFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
          assertThat(e.getMessage()).isEqualTo("csv, row 3: a quoted cell starting here is never closed (a stray \""
              + " character?)");
        });
    assertThatThrownBy(() -> Lists.read(Lists.text("Name,Sex\nAb,M\n\"Pa\"Ti,F\n"), "l.csv"))
        .isInstanceOfSatisfying(ListFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
          assertThat(e.problems().get(0).row()).isEqualTo(3);
        });
  }

  @Test
  void enforcesTheLimitsOnBytesCellsAndRows() {
    ListLimits small = new ListLimits(1_000, 2, 3, 100);
    ListFileReader reader = ListFileReader.withLimits(small);
    assertThatThrownBy(() -> Lists.read(reader, Lists.text("Name\n" + "x\n".repeat(600)), "l.csv"))
        .isInstanceOfSatisfying(ListFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    assertThatThrownBy(() -> Lists.read(reader, Lists.text("Name,Sex\na,b,c,d\n"), "l.csv"))
        .isInstanceOfSatisfying(ListFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_CELLS);
          assertThat(e.problems().get(0).row()).isEqualTo(2);
        });
    assertThatThrownBy(() -> Lists.read(reader, Lists.text("Name,Sex\na,M\nb,F\nc,M\n"), "l.csv"))
        .isInstanceOfSatisfying(ListFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
          assertThat(e.getMessage()).isEqualTo("csv, row 4: the file has more than 2 data rows, the limit");
        });
  }

  @Test
  void refusesPdfHtmlAndBinaryFiles() {
    assertThatThrownBy(() -> Lists.read(Lists.text("%PDF-1.7\n..."), "l.csv")).isInstanceOfSatisfying(
        ListFileException.class, e -> assertThat(e.format()).isEqualTo("pdf"));
    assertThatThrownBy(() -> Lists.read(Lists.text("  <html><table><tr><td>姓名</td></tr></table></html>"), "l.xls"))
        .isInstanceOfSatisfying(ListFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
          assertThat(e.getMessage()).contains("HTML or XML file");
        });
    byte[] binary = new byte[2048];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 20);
    }
    assertThatThrownBy(() -> Lists.read(binary, "l.csv")).isInstanceOfSatisfying(ListFileException.class,
        e -> assertThat(e.getMessage()).contains("binary file"));
    byte[] utf16NoBom = "Name,Sex\nAb,M\n".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> Lists.read(utf16NoBom, "l.csv")).isInstanceOfSatisfying(ListFileException.class,
        e -> assertThat(e.getMessage()).contains("UTF-16 text without a byte-order mark"));
  }

  @Test
  void readsTextUploadedAsXlsAndSaysSo() throws Exception {
    Lists.Read r = Lists.read(Lists.text("Name\tSex\nAb\tM\n"), "export.xls");

    assertThat(r.summary().format()).isEqualTo("csv");
    assertThat(r.summary().separator()).isEqualTo("\t");
    assertThat(r.summary().warnings()).extracting(ListFileProblem::message)
        .containsExactly("the file name ends in .xls, but the file is text; it was read as CSV");
  }

  @Test
  void letsTheConsumersExceptionPassUnchanged() {
    IllegalStateException stop = new IllegalStateException("stop");
    ListFileReader reader = ListFileReader.withDefaults();
    assertThatThrownBy(() -> reader.read(Lists.text("Name,Sex\nAb,M\n"), "l.csv", row -> {
      throw stop;
    })).isSameAs(stop);
    assertThatThrownBy(() -> reader.read(org.guwah.forms.testing.XlsxBuilder.create().sheet("s").row("Name", "Sex")
        .row("Ab", "M").build(), "l.xlsx", row -> {
          throw stop;
        })).isSameAs(stop);
  }

  @Test
  void validatesLimitsAndProblems() {
    assertThatThrownBy(() -> new ListLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListLimits.defaults().withMaxCellsPerRow(20_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListFileProblem(-1, "", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListFileProblem(1, "", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ListFileProblem(3, "B (姓名)", "m").describe()).isEqualTo("row 3, column B (姓名): m");
    assertThat(ListFileProblem.ofFile("m").describe()).isEqualTo("m");
  }

  @Test
  void returnsAScriptPayloadAsText() throws Exception {
    String script = "<script>alert('x')</script>";
    Lists.Read r = Lists.read(Lists.text("Name,Notes\nAb,\"" + script + "\"\n=HYPERLINK(\"x\"),+1\n"), "l.csv");

    assertThat(r.row(0).cell(1)).isEqualTo(script);
    assertThat(r.row(1).cells()).containsExactly("=HYPERLINK(\"x\")", "+1");
  }
}
