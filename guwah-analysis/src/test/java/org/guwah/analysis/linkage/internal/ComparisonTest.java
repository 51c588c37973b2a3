package org.guwah.analysis.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.guwah.analysis.linkage.Field;
import org.guwah.analysis.linkage.LinkRecord;
import org.junit.jupiter.api.Test;

/** Field comparators on pairs of records (synthetic names and IDs only). */
class ComparisonTest {
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** A valid synthetic ID: county + date + sequence + check character. */
  static String id(String county, String date, String sequence) {
    String first17 = county + date + sequence;
    byte[] d = new byte[18];
    for (int i = 0; i < 17; i++) {
      d[i] = (byte) (first17.charAt(i) - '0');
    }
    int check = IdNumbers.checkValue(d);
    return first17 + (check == 10 ? "X" : String.valueOf(check));
  }

  private static LinkRecord rec(String id, String name, String sex, String date, String year, String place, String idNumber) {
    return LinkRecord.of(id, "test", name, sex, date, year, place, idNumber);
  }

  /** Level of {@code field} between the two records. */
  private static int level(Field field, LinkRecord a, LinkRecord b) {
    try (Parallel parallel = new Parallel(1)) {
      Prepared p = Prepared.of(List.of(a, b), TODAY, parallel);
      return Comparison.level(new Comparison(p).pattern(0, 1), field);
    }
  }

  private static int birth(String dateA, String yearA, String dateB, String yearB) {
    return level(Field.BIRTH, rec("a", "", "", dateA, yearA, "", ""), rec("b", "", "", dateB, yearB, "", ""));
  }

  private static int place(String a, String b) {
    return level(Field.PLACE, rec("a", "", "", "", "", a, ""), rec("b", "", "", "", "", b, ""));
  }

  private static int idLevel(String a, String b) {
    return level(Field.ID, rec("a", "", "", "", "", "", a), rec("b", "", "", "", "", "", b));
  }

  private static int name(String a, String b) {
    return level(Field.NAME, rec("a", a, "", "", "", "", ""), rec("b", b, "", "", "", "", ""));
  }

  private static int lv(Field f, String level) {
    return f.level(level);
  }

  @Test
  void birthLevels() {
    assertThat(birth("1985-03-12", "", "12.03.1985", "")).isEqualTo(lv(Field.BIRTH, "exact_date"));
    assertThat(birth("1985-03-12", "", "1985-12-03", "")).as("day and month swapped").isEqualTo(lv(Field.BIRTH, "close_date"));
    assertThat(birth("1985-03-12", "", "1985-03-13", "")).as("one digit").isEqualTo(lv(Field.BIRTH, "close_date"));
    assertThat(birth("1985-03-12", "", "1985-03-21", "")).as("digits swapped").isEqualTo(lv(Field.BIRTH, "close_date"));
    assertThat(birth("1985-03-12", "", "1986-03-12", "")).as("a year apart, same day").isEqualTo(lv(Field.BIRTH, "close_date"));
    assertThat(birth("1985-03-12", "", "", "1985")).isEqualTo(lv(Field.BIRTH, "same_year"));
    assertThat(birth("", "1984", "", "1985")).isEqualTo(lv(Field.BIRTH, "one_year"));
    assertThat(birth("1985-03-12", "", "1985-07-30", "")).isEqualTo(lv(Field.BIRTH, "same_year_other_date"));
    assertThat(birth("", "1980", "", "1985")).isEqualTo(lv(Field.BIRTH, "different"));
    assertThat(birth("", "", "", "1985")).isEqualTo(Field.MISSING);
    assertThat(birth("1985年3月12日", "", "19850312", "")).isEqualTo(lv(Field.BIRTH, "exact_date"));
  }

  @Test
  void birthDatesConflictOnlyWhenFullAndFarApart() {
    int a = 19850312;
    assertThat(Comparison.datesConflict(a, 19850730)).isTrue();
    assertThat(Comparison.datesConflict(a, 19851203)).isFalse();
    assertThat(Comparison.datesConflict(a, 19850000)).isFalse();
    assertThat(Comparison.datesConflict(a, a)).isFalse();
  }

  @Test
  void placeLevelsAcrossScriptsAndCodes() {
    assertThat(place("653121", "疏附县")).isEqualTo(lv(Field.PLACE, "same_county"));
    assertThat(place("Konasheher", "疏附")).isEqualTo(lv(Field.PLACE, "same_county"));
    assertThat(place("Kashgar", "Кашгар")).as("prefecture names").isEqualTo(lv(Field.PLACE, "same_prefecture"));
    assertThat(place("قەشقەر", "653125")).as("prefecture against a county in it").isEqualTo(lv(Field.PLACE, "same_prefecture"));
    assertThat(place("652923", "Kucha")).as("retired code meets the current county").isEqualTo(lv(Field.PLACE, "same_county"));
    assertThat(place("Hotan", "Aksu")).isEqualTo(lv(Field.PLACE, "different"));
    assertThat(place("Yéngi Mehelle", "yengi mehelle")).as("unresolved text").isEqualTo(lv(Field.PLACE, "same_text"));
    assertThat(place("", "Aksu")).isEqualTo(Field.MISSING);
  }

  @Test
  void placeFromTheResidentIdCounts() {
    LinkRecord a = rec("a", "", "", "", "", "", id("653121", "19850312", "123"));
    LinkRecord b = rec("b", "", "", "", "", "Konasheher", "");
    assertThat(level(Field.PLACE, a, b)).isEqualTo(lv(Field.PLACE, "same_county"));
    assertThat(level(Field.BIRTH, a, rec("c", "", "", "", "1985", "", ""))).isEqualTo(lv(Field.BIRTH, "same_year"));
    assertThat(level(Field.SEX, a, rec("d", "", "男", "", "", "", ""))).isEqualTo(lv(Field.SEX, "same"));
  }

  @Test
  void idLevels() {
    String valid = id("653121", "19850312", "123");
    assertThat(idLevel(valid, valid.substring(0, 6) + valid.substring(8, 17))).as("15-digit form").isEqualTo(lv(Field.ID, "exact"));
    assertThat(idLevel(valid, valid.substring(0, 15) + "000")).as("Excel kept 15 digits").isEqualTo(lv(Field.ID, "truncated_match"));
    assertThat(idLevel(valid, "6.53121E+17")).as("only the county survived").isEqualTo(Field.MISSING);
    String digit = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10) + valid.substring(11);
    assertThat(idLevel(valid, digit)).as("one digit wrong").isEqualTo(lv(Field.ID, "one_edit"));
    String swapped = valid.substring(0, 12) + valid.charAt(13) + valid.charAt(12) + valid.substring(14);
    assertThat(valid.charAt(12)).isNotEqualTo(valid.charAt(13));
    assertThat(idLevel(valid, swapped)).as("adjacent digits swapped").isEqualTo(lv(Field.ID, "one_edit"));
    assertThat(idLevel(valid, id("653121", "19850312", "125"))).as("two valid IDs").isEqualTo(lv(Field.ID, "different"));
    assertThat(idLevel(valid, "not an id")).isEqualTo(Field.MISSING);
    assertThat(idLevel(valid, valid.toLowerCase().replace('X', 'x'))).isEqualTo(lv(Field.ID, "exact"));
  }

  @Test
  void sexLevels() {
    assertThat(level(Field.SEX, rec("a", "", "M", "", "", "", ""), rec("b", "", "ئەر", "", "", "", ""))).isEqualTo(0);
    assertThat(level(Field.SEX, rec("a", "", "F", "", "", "", ""), rec("b", "", "Ер", "", "", "", ""))).isEqualTo(1);
    assertThat(level(Field.SEX, rec("a", "", "?", "", "", "", ""), rec("b", "", "male", "", "", "", ""))).isEqualTo(Field.MISSING);
  }

  @Test
  void nameLevelsAcrossScriptsAndStructure() {
    assertThat(name("Memet Tursun", "麦麦提·吐尔逊")).isLessThanOrEqualTo(lv(Field.NAME, "strong"));
    assertThat(name("Memet Tursun", "مەمەت تۇرسۇن")).isEqualTo(lv(Field.NAME, "exact"));
    assertThat(name("Memet Tursun", "Memet")).as("father's name missing").isEqualTo(lv(Field.NAME, "partial"));
    assertThat(name("Alim Tursun", "Memet Tursun")).as("brothers").isEqualTo(lv(Field.NAME, "different"));
    assertThat(name("Memet Tursun", "麦麦提吐尔逊")).as("no separator: split").isLessThanOrEqualTo(lv(Field.NAME, "strong"));
    assertThat(name("", "Memet")).isEqualTo(Field.MISSING);
  }

  @Test
  void hardConflicts() {
    try (Parallel parallel = new Parallel(1)) {
      Prepared p =
          Prepared.of(
              List.of(
                  rec("a", "Memet Tursun", "M", "1985-03-12", "", "", id("653121", "19850312", "123")),
                  rec("b", "Memet Tursun", "M", "1985-03-12", "", "", id("653121", "19850312", "125")),
                  rec("c", "Memet Tursun", "F", "", "", "", ""),
                  rec("d", "Memet Tursun", "", "", "1990", "", ""),
                  rec("e", "Memet Tursun", "", "1985-09-30", "", "", "")),
              TODAY,
              parallel);
      Comparison c = new Comparison(p);
      assertThat(c.conflict(0, 1)).isEqualTo("valid_id_conflict");
      assertThat(c.conflict(0, 2)).isEqualTo("sex_conflict");
      assertThat(c.conflict(0, 3)).isEqualTo("birth_year_conflict");
      assertThat(c.conflict(0, 4)).isEqualTo("birth_date_conflict");
    }
  }
}
