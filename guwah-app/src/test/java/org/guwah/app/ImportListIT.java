package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guwah.app.InProcessCli.Run;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guwah import list` with an XLSX leaked list: stored sealed, linked against the recorded people. */
class ImportListIT {
  static final String HANZI = "买买提·卡纳热";
  static final String ID = "653121198001010011";

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

  long count(String table) throws Exception {
    try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement();
        var rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anXlsxListIsImportedAndLinkedAgainstThePeopleAlreadyRecorded() throws Exception {
    Path persons = work.resolve("persons.csv");
    Files.writeString(persons, "record_id,name,sex,birth,id_number\nR1,Memet Qanar,MALE,1980-01-01," + ID + "\n"
        + "R2,Aygul Tursun,FEMALE,1985,\n", StandardCharsets.UTF_8);
    Run imported = guwah("import", "csv", persons.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    byte[] xlsx = XlsxBuilder.create().sheet("Sheet1")
        .row("某县教育转化学员名单")
        .row("序号", "姓名", "性别", "出生日期", "身份证号", "教育点")
        .row(1, HANZI, "男", "1980-01-01", ID, "三中心")
        .row(2, "阿依古丽·吐尔逊", "女", "1985-06-01", "", "三中心")
        .row(3, "热合曼·艾力", "男", "1970-02-02", "", "二中心")
        .build();
    Path list = work.resolve("leaked.xlsx");
    Files.write(list, xlsx);
    Run r = guwah("import", "list", list.toString(), "--title", "Leaked county sheet", "--kind", "leaked_official");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 rows (xlsx)").contains("matched against 2 recorded people");
    assertThat(r.out()).containsPattern("[1-9]\\d* likely");
    assertThat(count("list_row")).isEqualTo(3);
    assertThat(count("link_proposal")).isGreaterThanOrEqualTo(1);
    assertThat(r.out() + r.err()).doesNotContain(HANZI).doesNotContain(ID);

    Run bad = guwah("import", "list", persons.resolveSibling("nope.xlsx").toString());
    assertThat(bad.exit()).isNotZero();
    Path noNames = work.resolve("colours.csv");
    Files.writeString(noNames, "colour,shape\nred,round\n");
    Run refused = guwah("import", "list", noNames.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("nothing imported").contains("no column was recognised");
    assertThat(guwah("import", "list", list.toString(), "--kind", "secret").exit()).isNotZero();
    assertThat(count("list_row")).isEqualTo(3);
  }
}
