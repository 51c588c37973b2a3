package org.guwah.forms.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ListColumnsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // Chinese, with the punctuation and widths real sheets carry
      "序号|RECORD_ID", "姓名|NAME", "姓名：|NAME", " 姓 名 |NAME", "性别|SEX", "民族|ETHNICITY", "出生日期|BIRTH_DATE",
      "出生年月|BIRTH_DATE", "身份证号|ID_NUMBER", "公民身份号码|ID_NUMBER", "身份证号（18位）|ID_NUMBER", "住址|PLACE",
      "户籍地址|PLACE", "现住址|CURRENT_ADDRESS", "教育点|FACILITY", "所在单位|FACILITY", "入教时间|DETENTION_DATE",
      "原因|REASON", "备注|NOTES", "汉文姓名|NAME_CHINESE", "拼音|NAME_LATIN", "与本人关系|RELATIONSHIP",
      "行政区划代码|COUNTY_CODE", "刑期|SENTENCE", "联系电话|PHONE", "去向|STATUS",
      // English and guwah link
      "Name*|NAME", "NAME|NAME", "Full Name|NAME", "Name (Chinese)|NAME_CHINESE", "Name (Latin)|NAME_LATIN",
      "Date of Birth|BIRTH_DATE", "DOB|BIRTH_DATE", "birth_year|BIRTH_YEAR", "id_number|ID_NUMBER",
      "ＩＤ　Ｎｕｍｂｅｒ|ID_NUMBER", "record_id|RECORD_ID", "source|SOURCE", "place|PLACE", "No.|RECORD_ID",
      "№|RECORD_ID", "Father's name|FATHER_NAME", "Gender|SEX", "Camp|FACILITY", "Date detained|DETENTION_DATE",
      // Uyghur (Arabic and Latin script)
      "ئىسمى|NAME", "جىنسى|SEX", "مىللىتى|ETHNICITY", "تۇغۇلغان ۋاقتى|BIRTH_DATE", "تۇغۇلغان يىلى|BIRTH_YEAR",
      "كىملىك نومۇرى|ID_NUMBER", "تۇتۇلغان ۋاقتى|DETENTION_DATE", "يۇرتى|PLACE", "ئاتىسىنىڭ ئىسمى|FATHER_NAME",
      "tughulghan waqti|BIRTH_DATE", "Ismi|NAME",
      // Kazakh and Russian
      "Аты-жөні|NAME", "Жынысы|SEX", "Ұлты|ETHNICITY", "Туған күні|BIRTH_DATE", "Жеке куәлік нөмірі|ID_NUMBER",
      "Ф.И.О.|NAME", "ФИО|NAME", "Дата рождения|BIRTH_DATE", "Национальность|ETHNICITY", "Место содержания|FACILITY",
      "Примечание|NOTES", "Отчество|FATHER_NAME", "№ п/п|RECORD_ID",
      // Turkish, with dotted and dotless i in either case
      "Adı Soyadı|NAME", "ADI SOYADI|NAME", "İsim|NAME", "Doğum Tarihi|BIRTH_DATE", "DOĞUM YILI|BIRTH_YEAR",
      "Kimlik No|ID_NUMBER", "Baba Adı|FATHER_NAME", "Gözaltı Tarihi|DETENTION_DATE", "Cinsiyet|SEX"})
  void recognisesColumnNamesInEveryLanguage(String header, ListField field) {
    assertThat(ListColumns.fieldOf(header)).hasValue(field);
  }

  @Test
  void leavesUnknownHeadersWithoutAField() {
    for (String h : List.of("", "  ", "*", "墨玉县学员名单", "Mystery", "Column 7", "Liste (sentetik veri)")) {
      assertThat(ListColumns.fieldOf(h)).as(h).isEmpty();
    }
  }

  @Test
  void everyFieldHasNamesAndNoNameIsGivenToTwoFields() {
    Map<ListField, List<String>> names = HeaderSynonyms.names();
    assertThat(names.keySet()).containsExactlyInAnyOrder(ListField.values());
    for (ListField f : ListField.values()) {
      assertThat(ListColumns.fieldOf(f.name().toLowerCase(java.util.Locale.ROOT))).hasValue(f);
      for (String n : names.get(f)) {
        assertThat(ListColumns.fieldOf(n)).as(n).hasValue(f);
      }
    }
  }

  @Test
  void mapsPositionsLabelsColumnsAndFindsValues() {
    ListColumns c = ListColumns.recognise(List.of("序号", "Mystery", "姓名", "身份证号（合成）", "Name"));

    assertThat(c.size()).isEqualTo(5);
    assertThat(c.recognisedCount()).isEqualTo(4);
    assertThat(c.field(1)).isNull();
    assertThat(c.field(9)).isNull();
    assertThat(c.indexesOf(ListField.NAME)).containsExactly(2, 4);
    assertThat(c.indexOf(ListField.ID_NUMBER)).hasValue(3);
    assertThat(c.indexOf(ListField.SEX)).isEmpty();
    assertThat(c.fields()).containsExactly(ListField.RECORD_ID, ListField.NAME, ListField.ID_NUMBER);
    assertThat(c.label(0)).isEqualTo("A (序号)");
    assertThat(c.label(1)).as("an unknown header is never quoted").isEqualTo("B");
    assertThat(c.label(3)).as("the bracketed part is not quoted").isEqualTo("D (id_number)");
    assertThat(c.toString()).doesNotContain("Mystery").doesNotContain("合成").contains("C=NAME");

    ListRow row = new ListRow(2, List.of("1", "x", "", "653121199001010019", "Ab Du"));
    assertThat(c.value(row, ListField.NAME)).as("the first non-empty NAME column").isEqualTo("Ab Du");
    assertThat(c.value(row, ListField.SEX)).isEmpty();
  }

  @Test
  void rowsKeepTheirValuesOutOfToString() {
    ListRow row = new ListRow(7, List.of("Ab Du", "653121199001010019"),
        List.of(new ListCellMark(1, ListCellFlag.TRUNCATED_NUMBER)));
    assertThat(row.toString()).isEqualTo("ListRow[row 7, 2 cells, 1 marks]");
    assertThat(row.truncatedBySpreadsheet(1)).isTrue();
    assertThat(row.cell(5)).isEmpty();
  }
}
