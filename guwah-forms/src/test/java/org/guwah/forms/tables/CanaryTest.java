package org.guwah.forms.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.forms.testing.XlsxBuilder.Formula;
import org.junit.jupiter.api.Test;

/**
 * No exception message, problem, warning or {@code toString()} produced from a file may carry a
 * value of that file. Every file here holds canary values (in cells, in a header-less first row,
 * in unknown headers, in a sheet name); none may come back in text meant for logs or users.
 */
class CanaryTest {
  private static final String CANARY = "Qanarixan";
  private static final String CANARY_ZH = "麦尔哈巴";
  private static final String CANARY_ID = "653121199001010019";

  @Test
  void badFilesAreRefusedWithoutRepeatingAnyValue() {
    Map<String, byte[]> bad = new LinkedHashMap<>();
    String header = "序号,姓名,身份证号\n";
    String good = "1," + CANARY + "," + CANARY_ID + "\n";
    bad.put("huge cell", Lists.text(header + good + "2,\"" + (CANARY + CANARY_ZH).repeat(4_000) + "\",x\n"));
    bad.put("invalid UTF-8", Lists.concat(Lists.text(header + good + "2," + CANARY_ZH),
        new byte[] {(byte) 0xFF, (byte) 0xFE}, Lists.text(CANARY + "\n")));
    bad.put("Latin-1", (header + good + "2,Müller" + CANARY + ",1\n").getBytes(StandardCharsets.ISO_8859_1));
    bad.put("unclosed quote", Lists.text(header + good + "2,\"" + CANARY + ",1\n3,x,y\n"));
    bad.put("stray quote", Lists.text(header + good + "2,\"" + CANARY + "\"" + CANARY_ZH + ",1\n"));
    bad.put("too many cells", Lists.text(header + good + "2,x,y," + CANARY + ",".repeat(1_200) + "\n"));
    bad.put("BOM then invalid", Lists.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Lists.text(header + CANARY), new byte[] {(byte) 0xC0}));
    bad.put("xlsx huge cell", XlsxBuilder.create().sheet(CANARY).row("序号", "姓名").row(1, CANARY)
        .row(2, CANARY_ZH.repeat(9_000)).build());
    bad.put("xlsx damaged sheet", XlsxBuilder.create().sheet(CANARY).row("x")
        .replacePart("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
            + CANARY + "</t></is></c></row><row r=\"1\"></row></sheetData></worksheet>").build());
    bad.put("xlsx not well-formed", XlsxBuilder.create().sheet(CANARY).row("x")
        .replacePart("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>"
            + CANARY + "</x></is></c></row></sheetData></worksheet>").build());

    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : bad.entrySet()) {
      try {
        Lists.read(e.getValue(), CANARY + ".csv");
        fail(e.getKey() + " was accepted");
      } catch (ListFileException x) {
        checked.add(e.getKey());
        assertClean(e.getKey(), x.getMessage());
        assertClean(e.getKey(), String.valueOf(x));
        for (ListFileProblem p : x.problems()) {
          assertClean(e.getKey(), p.toString());
        }
        for (Throwable c = x.getCause(); c != null; c = c.getCause()) {
          assertClean(e.getKey() + " cause", String.valueOf(c));
        }
      }
    }
    assertThat(checked).hasSize(bad.size());
  }

  @Test
  void warningsSummariesAndRowsOfReadableFilesRepeatNoValue() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("no header row", Lists.text(CANARY + "," + CANARY_ID + "," + CANARY_ZH + "\nx,y,z\n"));
    files.put("no header row, one known name", Lists.text(CANARY + ",Name\nx,y\n"));
    files.put("unknown duplicate headers", Lists.text("姓名," + CANARY + "," + CANARY + ",\n阿布,1,2,3\n"));
    files.put("wide rows and controls", Lists.text("Name,Sex\n" + CANARY + "\u0007,M," + CANARY_ZH + "\n"));
    files.put("title rows", Lists.text(CANARY + "\n" + CANARY_ZH + "\n姓名,性别\n" + CANARY + ",男\n"));
    files.put("scientific ID", Lists.text("姓名,身份证号\n" + CANARY + ",6.53121E+17\n"));
    files.put("bracketed header", Lists.text("姓名（" + CANARY + "）,性别\n" + CANARY_ZH + ",男\n"));
    files.put("xlsx", XlsxBuilder.create().sheet("empty").sheet(CANARY).row(CANARY + " list")
        .row("姓名", "身份证号", "Notes", CANARY).row(CANARY_ZH, 6.53121199001010E17, new Formula("A1", CANARY), "x", "y")
        .build());

    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      List<ListRow> rows = new ArrayList<>();
      ListFileSummary s = ListFileReader.withDefaults().read(e.getValue(), CANARY + ".xlsx", rows::add);
      assertClean(e.getKey(), s.toString());
      assertClean(e.getKey(), s.columns().toString());
      for (ListFileProblem w : s.warnings()) {
        assertClean(e.getKey(), w.toString());
      }
      for (int i = 0; i < s.columns().size(); i++) {
        assertClean(e.getKey(), s.columns().label(i));
      }
      for (ListRow r : rows) {
        assertClean(e.getKey(), r.toString());
      }
    }
  }

  private static void assertClean(String what, String text) {
    assertThat(text).as(what).doesNotContain(CANARY).doesNotContain(CANARY_ZH).doesNotContain(CANARY_ID)
        .doesNotContain("653121199").doesNotContain("Müller");
  }
}
