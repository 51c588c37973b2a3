package org.guwah.analysis.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private static final String VALID = ComparisonTest.id("653121", "19850312", "123");

  @Test
  void validIdsAreCertainAndGiveCountyDateSex() {
    IdNumbers id = IdNumbers.parse(VALID, TODAY);
    assertThat(id.kind).isEqualTo(IdNumbers.VALID);
    assertThat(id.certain).isTrue();
    assertThat(id.county).isEqualTo(653121);
    assertThat(id.birth).isEqualTo(19850312);
    assertThat(id.sex).isEqualTo(SexCodes.MALE);
  }

  @Test
  void fifteenDigitIdsAreNeverCertain() {
    IdNumbers id = IdNumbers.parse(VALID.substring(0, 6) + VALID.substring(8, 17), TODAY);
    assertThat(id.kind).isEqualTo(IdNumbers.VALID);
    assertThat(id.certain).isFalse();
    assertThat(id.digits).isEqualTo(Long.parseLong(VALID.substring(0, 17)));
  }

  @Test
  void anIdThatFailsItsCheckGivesNoBirthDate() {
    String wrong = VALID.substring(0, 9) + (char) ('0' + (VALID.charAt(9) - '0' + 3) % 10) + VALID.substring(10);
    IdNumbers id = IdNumbers.parse(wrong, TODAY);
    assertThat(id.kind).isEqualTo(IdNumbers.INVALID);
    assertThat(id.birth).as("the wrong digit may be in the date").isZero();
    assertThat(Blocking.validNeighbours(id.digits, id.check)).contains(Long.parseLong(VALID.substring(0, 17)));
  }

  @Test
  void spreadsheetDamageKeepsOnlyTheSurvivingDigits() {
    IdNumbers excel = IdNumbers.parse(VALID.substring(0, 15) + "000", TODAY);
    assertThat(excel.kind).isEqualTo(IdNumbers.TRUNCATED);
    assertThat(excel.trusted).isEqualTo((byte) 15);
    IdNumbers scientific = IdNumbers.parse("6.53121E+17", TODAY);
    assertThat(scientific.kind).isEqualTo(IdNumbers.TRUNCATED);
    assertThat(scientific.county).isEqualTo(653121);
    assertThat(IdNumbers.parse("12345", TODAY).kind).isEqualTo(IdNumbers.NONE);
    assertThat(IdNumbers.parse("9".repeat(10_000), TODAY).kind).isEqualTo(IdNumbers.NONE);
  }
}
