package org.guwah.analysis.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static int parse(String s) {
    return BirthDates.parseDate(s, TODAY);
  }

  @Test
  void readsTheFormatsListsUse() {
    assertThat(parse("1985-03-12")).isEqualTo(19850312);
    assertThat(parse("1985/3/12")).isEqualTo(19850312);
    assertThat(parse("12.03.1985")).isEqualTo(19850312);
    assertThat(parse("03/25/1985")).as("month first only when the day demands it").isEqualTo(19850325);
    assertThat(parse("19850312")).isEqualTo(19850312);
    assertThat(parse("1985年3月12日")).isEqualTo(19850312);
    assertThat(parse("１９８５-０３-１２")).as("full-width digits").isEqualTo(19850312);
    assertThat(parse("1985-03-12T00:00:00")).isEqualTo(19850312);
    assertThat(parse("1985-03")).isEqualTo(19850300);
    assertThat(parse("03.1985")).isEqualTo(19850300);
    assertThat(parse("1985")).isEqualTo(19850000);
    assertThat(parse("mid 1985")).isEqualTo(19850000);
  }

  @Test
  void dropsWhatIsNotADate() {
    assertThat(parse("1985-02-30")).as("day dropped").isEqualTo(19850200);
    assertThat(parse("1985-13-01")).as("month dropped").isEqualTo(19850000);
    assertThat(parse("1850")).isZero();
    assertThat(parse("2030")).as("future").isZero();
    assertThat(parse("1980/1983")).as("range of years").isZero();
    assertThat(parse("born in spring")).isZero();
    assertThat(parse("x".repeat(1000))).isZero();
  }

  @Test
  void theDateColumnWinsOverTheYearColumn() {
    assertThat(BirthDates.parse("1985-03-12", "1984", TODAY)).isEqualTo(19850312);
    assertThat(BirthDates.parse("", "1984", TODAY)).isEqualTo(19840000);
    assertThat(BirthDates.parse("garbage", "1984年", TODAY)).isEqualTo(19840000);
  }
}
