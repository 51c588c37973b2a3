package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.app.InProcessCli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guwah import` and `guwah export` on real files and a real database. */
class ImportIT {
  static final String HEADER = "record_id,name,name_hanzi,sex,birth,ethnicity,home_county,residence_country,phone,id_number\n";
  static final String CANARY = "Qanarimemet";

  @TempDir Path work;
  FreshDatabase db;
  String url;

  @BeforeEach
  void fresh() {
    db = TestDatabases.create();
    url = GuwahProcess.dbUrl(db);
  }

  @AfterEach
  void drop() {
    db.close();
  }

  Run guwah(String... args) {
    return InProcessCli.run(url, work.resolve("data"), args);
  }

  long persons() throws Exception {
    return ImportKillIT.count(url);
  }

  Path file(String name, byte[] content) throws Exception {
    Path f = work.resolve(name);
    Files.write(f, content);
    return f;
  }

  Path file(String name, String content) throws Exception {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static String row(int i) {
    return "R" + i + ",Memet Tursun " + i + ",麦麦提·吐尔逊,男,1980-0" + (1 + i % 9) + ",维吾尔族,653121,TR,+90 555 010 00" + (10 + i)
        + ",65312119800101001" + i % 10 + "\n";
  }

  @Test
  void aGoodFileImportsWithLabelsInAnyLanguage() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 20; i++) {
      csv.append(row(i));
    }
    Run r = guwah("import", "csv", file("good.csv", csv.toString()).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 20 persons");
    assertThat(persons()).isEqualTo(20);
  }

  @Test
  void aBadRowInTheMiddleRejectsTheWholeFileAndNamesLineAndColumn() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 10; i++) {
      csv.append(i == 5 ? "R5," + CANARY + " Tursun,,MARTIAN,1980-02-30,UYGHUR,653121,XX,," + "9".repeat(80) + "\n" : row(i));
    }
    Path f = file("bad.csv", csv.toString());
    Run r = guwah("import", "csv", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nothing imported", "line 7, sex", "line 7, birth", "line 7, residence_country",
        "line 7, id_number");
    assertThat(r.err() + r.out()).doesNotContain(CANARY, "MARTIAN", "9999999999");
    assertThat(persons()).isZero();
    String report = Files.readString(work.resolve("bad.csv.rejected.csv"));
    assertThat(report).startsWith("line,field,reason").contains("7,\"sex\"").doesNotContain(CANARY);

    Run kept = guwah("import", "csv", f.toString(), "--keep-valid", "--report", work.resolve("rep.csv").toString());
    assertThat(kept.exit()).isEqualTo(3);
    assertThat(kept.out()).contains("imported 9 persons from 10 rows");
    assertThat(persons()).isEqualTo(9);
  }

  @Test
  void invalidUtf8IsReportedByLineAndOtherEncodingsByName() throws Exception {
    byte[] good = (HEADER + row(1)).getBytes(StandardCharsets.UTF_8);
    byte[] bad = "R2,Mem\u00e9t,,M,1980,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Run r = guwah("import", "csv", file("latin1-row.csv", all).toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("line 3", "not valid UTF-8");
    assertThat(persons()).isZero();

    byte[] utf16 = (HEADER + row(1)).getBytes(StandardCharsets.UTF_16);
    Run r16 = guwah("import", "csv", file("utf16.csv", utf16).toString());
    assertThat(r16.exit()).isEqualTo(2);
    assertThat(r16.err()).contains("UTF-16");
  }

  @Test
  void emptyHugeAndScriptPayloadInputsAreHandled() throws Exception {
    assertThat(guwah("import", "csv", file("empty.csv", "").toString()).err()).contains("empty");
    assertThat(guwah("import", "csv", file("header-only.csv", HEADER).toString()).err()).contains("no data rows");
    assertThat(guwah("import", "csv", work.resolve("missing.csv").toString()).err()).contains("no such file");
    Run huge = guwah("import", "csv", file("huge.csv", HEADER + "R1," + "x".repeat(10 * 1024 * 1024) + ",,M,1980,,,,,\n").toString());
    assertThat(huge.exit()).isEqualTo(1);
    assertThat(huge.err()).contains("line 2, name", "too long");
    Run payload = guwah("import", "csv", file("xss.csv", HEADER
        + "R1,\"<script>alert('ئۇيغۇر')</script>\",,F,1985,UYGHUR,,DE,,\n"
        + "R2,\"=HYPERLINK(\"\"http://x\"\")\",,F,1985,UYGHUR,,DE,,\n").toString());
    assertThat(payload.exit()).as(payload.err()).isZero();
    assertThat(persons()).isEqualTo(2);
  }

  @Test
  void exportThenImportIntoAnEmptyDatabaseGivesTheSameRecords() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5; i++) {
      csv.append(row(i));
    }
    guwah("import", "csv", file("p.csv", csv.toString()).toString());
    Path out = work.resolve("export.json");
    Run exported = guwah("export", "json", "--all", "--out", out.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();
    String first = Files.readString(out);
    assertThat(first).contains("麦麦提·吐尔逊");

    FreshDatabase other = TestDatabases.create();
    String old = url;
    try {
      url = GuwahProcess.dbUrl(other);
      Run imported = guwah("import", "json", out.toString());
      assertThat(imported.exit()).as(imported.err()).isZero();
      Path again = work.resolve("again.json");
      guwah("export", "json", "--all", "--out", again.toString());
      assertThat(Files.readString(again)).isEqualTo(first);
      Run twice = guwah("import", "json", out.toString());
      assertThat(twice.exit()).isNotZero();
      assertThat(twice.err()).contains("already exists");
    } finally {
      url = old;
      other.close();
    }
  }

  @Test
  void malformedJsonIsRejectedWithItsPosition() throws Exception {
    Run r = guwah("import", "json", file("bad.json", "{\"persons\": [ {\"names\": [}").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not valid JSON at line 1");
    Run typed = guwah("import", "json", file("typed.json", "{\"persons\": [ {\"sex\": 5, \"names\": []}, {\"sex\": \"NOPE\"} ]}").toString());
    assertThat(typed.exit()).isEqualTo(1);
    assertThat(typed.err()).contains("persons[0].sex", "persons[1].sex");
    assertThat(persons()).isZero();
  }
}
