package org.guwah.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDateTest {
  @ParameterizedTest
  @CsvSource({
    "2017, 2017-01-01, 2017-12-31, YEAR, 2017",
    "2017-03, 2017-03-01, 2017-03-31, MONTH, 2017-03",
    "2016-02, 2016-02-01, 2016-02-29, MONTH, 2016-02",
    "2017-03-15, 2017-03-15, 2017-03-15, DAY, 2017-03-15",
    "Early 2017, 2017-01-01, 2017-04-30, PART_OF_YEAR, early 2017",
    "mid 2017, 2017-05-01, 2017-08-31, PART_OF_YEAR, mid 2017",
    "late 2017, 2017-09-01, 2017-12-31, PART_OF_YEAR, late 2017",
    "2016/2018, 2016-01-01, 2018-12-31, RANGE, 2016/2018",
    "2017-03 / 2017-06, 2017-03-01, 2017-06-30, RANGE, 2017-03/2017-06",
    "2017-03-02/late 2017, 2017-03-02, 2017-12-31, RANGE, 2017-03-02/2017",
  })
  void parsesEveryForm(String text, LocalDate earliest, LocalDate latest, FuzzyDate.Precision precision, String canonical) {
    FuzzyDate d = FuzzyDate.parse(text);
    assertThat(d.earliest()).isEqualTo(earliest);
    assertThat(d.latest()).isEqualTo(latest);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.toString()).isEqualTo(canonical);
    assertThat(FuzzyDate.parse(d.toString()).earliest()).isEqualTo(earliest);
    assertThat(FuzzyDate.parse(d.toString()).latest()).isEqualTo(latest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-02-30", "2017-13", "2017-00-10", "yesterday", "", "17", "2018/2016",
      "1700", "2017-3-5", "early", "2017-03-15T10:00", "２０１７"})
  void rejectsImpossibleOrUnknownDates(String text) {
    assertThatThrownBy(() -> FuzzyDate.parse(text)).isInstanceOf(InvalidFuzzyDateException.class);
  }

  @Test
  void errorMessagesNeverRepeatTheText() {
    assertThatThrownBy(() -> FuzzyDate.parse("1999-02-31"))
        .hasMessageNotContaining("1999")
        .hasMessageNotContaining("31");
  }

  @Test
  void hugeInputIsRejectedQuickly() {
    assertThatThrownBy(() -> FuzzyDate.parse("2".repeat(10_000_000))).isInstanceOf(InvalidFuzzyDateException.class);
  }

  @Test
  void canonicalFormRoundTripsForEveryDay() {
    qt().forAll(integers().between(1850, 2200), integers().between(1, 366)).checkAssert((year, dayOfYear) -> {
      LocalDate day = LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear()));
      for (FuzzyDate d : new FuzzyDate[] {FuzzyDate.ofDay(day), FuzzyDate.ofYear(year),
          new FuzzyDate(day, day.plusDays(45).getYear() > 2200 ? day : day.plusDays(45), FuzzyDate.Precision.RANGE)}) {
        FuzzyDate back = FuzzyDate.parse(d.toString());
        assertThat(back.earliest()).isEqualTo(d.earliest());
        assertThat(back.latest()).isEqualTo(d.latest());
      }
    });
  }
}
