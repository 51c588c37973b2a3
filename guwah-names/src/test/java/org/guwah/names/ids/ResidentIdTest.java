package org.guwah.names.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class ResidentIdTest {
  /** 2025-06-01 00:00 in UTC. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  private static ResidentIdCheck check(String raw) {
    return ResidentId.check(raw, CLOCK);
  }

  /** Builds an 18-character ID with a correct check character. */
  private static String withCheck(String first17) {
    return first17 + ResidentId.checkCharacter(first17);
  }

  @Test
  void standardExampleIsValidFemale() {
    ResidentIdCheck c = check("11010519491231002X");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(c.isValid()).isTrue();
    assertThat(c.normalized()).isEqualTo("11010519491231002X");
    assertThat(c.countyCode()).contains("110105");
    assertThat(c.birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(c.sex()).contains(RegisteredSex.FEMALE);
    assertThat(c.upgrade()).isEmpty();
  }

  @Test
  void birthYear1880IsValidMale() {
    ResidentIdCheck c = check("440524188001010014");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(c.birthDate()).contains(LocalDate.of(1880, 1, 1));
    assertThat(c.sex()).contains(RegisteredSex.MALE);
    assertThat(c.countyCode()).contains("440524");
  }

  @Test
  void shufuExampleIsValid() {
    ResidentIdCheck c = check("653121199001010019");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(c.countyCode()).contains("653121");
    assertThat(c.birthDate()).contains(LocalDate.of(1990, 1, 1));
    assertThat(c.sex()).contains(RegisteredSex.MALE);
  }

  @Test
  void wrongCheckCharacterIsInvalidChecksum() {
    ResidentIdCheck c = check("653121199001010012");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.INVALID_CHECKSUM);
    assertThat(c.isValid()).isFalse();
    assertThat(ResidentId.checkCharacter("65312119900101001")).isEqualTo('9');
  }

  @Test
  void checkCharacterMatchesTheStandardExamples() {
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(ResidentId.checkCharacter(new StringBuilder("65312119900101001"))).isEqualTo('9');
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567890123456", "1101051949123100２X1", "a1010519491231002", "١٢"})
  void checkCharacterRejectsAnythingButSeventeenDigitsWithoutEchoingIt(String input) {
    assertThatThrownBy(() -> ResidentId.checkCharacter(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("1010519");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002x",
        " 11010519491231002X ",
        "110105 19491231 002X",
        "110105-19491231-002x",
        "110105\u201019491231\u2013002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "\u200F11010519491231002X\u200E",
        "\u202B110105\u00A019491231\u3000002X\u202C",
        "\uFEFF11010519491231002X\t\n",
        "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"
      })
  void normalisesWidthSpacingHyphensCaseDigitsAndInvisibles(String raw) {
    ResidentIdCheck c = check(raw);
    assertThat(c.status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(c.normalized()).isEqualTo("11010519491231002X");
  }

  @Test
  void defaultClockAcceptsThePastExamples() {
    assertThat(ResidentId.check("11010519491231002X").status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(ResidentId.check("653121199001010012").status())
        .isEqualTo(ResidentIdStatus.INVALID_CHECKSUM);
  }

  @Test
  void impossibleCalendarDatesAreInvalidDate() {
    assertThat(check(withCheck("65312119900230001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    assertThat(check(withCheck("65312119901301001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    assertThat(check(withCheck("65312119900100001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    assertThat(check(withCheck("65312119900431001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    assertThat(check(withCheck("65312119000229001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    ResidentIdCheck leap = check(withCheck("65312120000229002"));
    assertThat(leap.status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(leap.birthDate()).contains(LocalDate.of(2000, 2, 29));
    assertThat(leap.sex()).contains(RegisteredSex.FEMALE);
  }

  @Test
  void invalidDateKeepsCountyAndSexButNoBirthDate() {
    ResidentIdCheck c = check(withCheck("65312119900230001"));
    assertThat(c.countyCode()).contains("653121");
    assertThat(c.sex()).contains(RegisteredSex.MALE);
    assertThat(c.birthDate()).isEmpty();
  }

  @Test
  void birthYearsBefore1880AreInvalidDate() {
    assertThat(check(withCheck("44052418791231001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    assertThat(check(withCheck("44052400010101001")).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
  }

  @Test
  void futureBirthDatesDependOnTheInjectedClock() {
    String today = withCheck("65312120250601001");
    String tomorrow = withCheck("65312120250602001");
    assertThat(check(today).status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(check(tomorrow).status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    Clock later = Clock.offset(CLOCK, Duration.ofDays(1));
    assertThat(ResidentId.check(tomorrow, later).status()).isEqualTo(ResidentIdStatus.VALID);
  }

  @Test
  void wrongChecksumTakesPrecedenceOverBadDate() {
    String id = withCheck("65312119900230001");
    char wrong = id.charAt(17) == '1' ? '2' : '1';
    ResidentIdCheck c = check(id.substring(0, 17) + wrong);
    assertThat(c.status()).isEqualTo(ResidentIdStatus.INVALID_CHECKSUM);
    assertThat(c.birthDate()).isEmpty();
  }

  @Test
  void legacyFifteenDigitIdsUpgradeByInsertingTheCenturyAndCheck() {
    ResidentIdCheck c = check("653121900101001");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.LEGACY_15);
    assertThat(c.countyCode()).contains("653121");
    assertThat(c.birthDate()).contains(LocalDate.of(1990, 1, 1));
    assertThat(c.sex()).contains(RegisteredSex.MALE);
    ResidentIdCheck upgraded = c.upgrade().orElseThrow();
    assertThat(upgraded.normalized()).isEqualTo("653121199001010019");
    assertThat(upgraded.status()).isEqualTo(ResidentIdStatus.VALID);

    ResidentIdCheck female = check("１１０１０５ ４９１２３１ ００２");
    assertThat(female.status()).isEqualTo(ResidentIdStatus.LEGACY_15);
    assertThat(female.sex()).contains(RegisteredSex.FEMALE);
    assertThat(female.upgrade().map(ResidentIdCheck::normalized)).contains("11010519491231002X");
  }

  @Test
  void legacyIdsWithImpossibleDatesAreInvalidDateAndNotUpgradeable() {
    ResidentIdCheck c = check("653121900230001");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.INVALID_DATE);
    assertThat(c.upgrade()).isEmpty();
    assertThat(c.countyCode()).contains("653121");
  }

  @Test
  void eighteenDigitsEndingInThreeZerosWithFailingCheckAreExcelTruncated() {
    assertThat(ResidentId.checkCharacter("11010519491231000")).isNotEqualTo('0');
    ResidentIdCheck c = check("110105194912310000");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.EXCEL_TRUNCATED);
    assertThat(c.countyCode()).contains("110105");
    assertThat(c.birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(c.sex()).as("the sex digit was lost").isEmpty();
  }

  @Test
  void truncatedValuesThatHappenToPassTheCheckAreValid() {
    // 653121199001010019 stored as a number becomes 653121199001010000, whose check is 0.
    assertThat(ResidentId.checkCharacter("65312119900101000")).isEqualTo('0');
    assertThat(check("653121199001010000").status()).isEqualTo(ResidentIdStatus.VALID);
  }

  @Test
  void scientificNotationKeepsTheCountyWhenTheYearFollows() {
    ResidentIdCheck c = check("6.53121E+17");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.EXCEL_TRUNCATED);
    assertThat(c.countyCode()).contains("653121");
    assertThat(c.birthDate()).isEmpty();
    assertThat(c.sex()).isEmpty();
    assertThat(c.normalized()).isEqualTo("6.53121E+17");
    assertThat(check("6,53121e17").countyCode()).contains("653121");
    assertThat(check(" 6.53121E+017 ").countyCode()).contains("653121");
  }

  @Test
  void scientificNotationWithFifteenDigitsKeepsCountyAndBirthDate() {
    ResidentIdCheck c = check("6.53121199001010E+17");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.EXCEL_TRUNCATED);
    assertThat(c.countyCode()).contains("653121");
    assertThat(c.birthDate()).contains(LocalDate.of(1990, 1, 1));
    assertThat(c.sex()).isEmpty();
  }

  @Test
  void possiblyRoundedMantissaDigitsAreNotTrusted() {
    // 6.5312E+17 may be 653115… rounded up: the sixth county digit is unknown.
    assertThat(check("6.5312E+17").countyCode()).isEmpty();
    // Twelve digits end before the tens of the day (always < 5): county kept, date incomplete.
    ResidentIdCheck twelve = check("6.53121199001E+17");
    assertThat(twelve.countyCode()).contains("653121");
    assertThat(twelve.birthDate()).isEmpty();
    // Fourteen digits: the day's last digit may have been rounded up.
    ResidentIdCheck fourteen = check("6.5312119900101E+17");
    assertThat(fourteen.countyCode()).contains("653121");
    assertThat(fourteen.birthDate()).isEmpty();
    // A 15-digit legacy ID: the seventh digit is the year's tens, so rounding may reach the county.
    ResidentIdCheck legacy = check("6.53121E+14");
    assertThat(legacy.status()).isEqualTo(ResidentIdStatus.EXCEL_TRUNCATED);
    assertThat(legacy.countyCode()).isEmpty();
    assertThat(check("6.531219001E+14").countyCode()).contains("653121");
    // ... and the sequence follows the date, so a legacy birth date is never complete.
    assertThat(check("6.53121900101E+14").birthDate()).isEmpty();
  }

  @Test
  void scientificNotationHoldingEveryDigitIsAnOrdinaryId() {
    ResidentIdCheck c = check("6.53121199001010019E+17");
    assertThat(c.status()).isEqualTo(ResidentIdStatus.VALID);
    assertThat(c.normalized()).isEqualTo("653121199001010019");
    assertThat(check("6.531219001010010E+14").status()).isEqualTo(ResidentIdStatus.LEGACY_15);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6.53121E+16",
        "6.53121E-17",
        "6.53121E+",
        "6.E+17",
        "0.653121E+18",
        "65.3121E+16",
        "6.53121E+1700",
        "6.5312119900101001900000001E+17",
        "E+17",
        "6..5E+17"
      })
  void otherNumberShapesAreMalformed(String raw) {
    assertThat(check(raw).status()).isEqualTo(ResidentIdStatus.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "-",
        "12345",
        "1101051949123100",
        "1101051949123100200",
        "11010519491231002Y",
        "X10105194912310029",
        "1101051949123100X2",
        "11010519491231002XX",
        "65312190010100A",
        "６５３１２１１９９００１０１００１９８",
        "\uD800\uDC00\uD800"
      })
  void wrongLengthOrCharactersAreMalformed(String raw) {
    ResidentIdCheck c = check(raw);
    assertThat(c.status()).isEqualTo(ResidentIdStatus.MALFORMED);
    assertThat(c.countyCode()).isEmpty();
    assertThat(c.birthDate()).isEmpty();
    assertThat(c.sex()).isEmpty();
    assertThat(c.upgrade()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X",
        "653121199001010012",
        "110105194912310000",
        "6.53121E+17",
        "653121900101001",
        "65312119900230001X",
        "653121"
      })
  void toStringRevealsOnlyTheStatus(String raw) {
    ResidentIdCheck c = check(raw);
    assertThat(c.toString())
        .isEqualTo("ResidentIdCheck[status=" + c.status() + "]")
        .doesNotContain("653121")
        .doesNotContain("110105");
  }

  @Test
  void resultsAreValuesComparedByContent() {
    assertThat(check("11010519491231002x")).isEqualTo(check("11010519491231002X"));
    assertThat(check("11010519491231002x").hashCode()).isEqualTo(check("11010519491231002X").hashCode());
    assertThat(check("11010519491231002X")).isNotEqualTo(check("653121199001010019"));
    assertThat(check("653121900101001")).isNotEqualTo(check("653121900101001").upgrade().orElseThrow());
  }

  @Test
  void hugeInputIsMalformedWithoutTrouble() {
    String huge = "6".repeat(50_000_000);
    assertThat(check(huge).status()).isEqualTo(ResidentIdStatus.MALFORMED);
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> ResidentId.check(null, CLOCK)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResidentId.check("653121199001010019", null))
        .isInstanceOf(NullPointerException.class);
  }

  // --- properties ---

  private static Gen<String> validIds() {
    Gen<String> counties = integers().between(0, 999_999).map(n -> String.format("%06d", n));
    Gen<LocalDate> dates =
        localDates()
            .withDaysBetween(
                LocalDate.of(1880, 1, 1).toEpochDay(), LocalDate.of(2025, 6, 1).toEpochDay());
    Gen<String> sequences = integers().between(0, 999).map(n -> String.format("%03d", n));
    return counties.zip(
        dates,
        sequences,
        (county, date, sequence) ->
            withCheck(
                county
                    + String.format(
                        "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                    + sequence));
  }

  @Test
  void generatedIdsAreValidAndDecodeTheirParts() {
    qt().forAll(validIds())
        .checkAssert(
            id -> {
              ResidentIdCheck c = check(id);
              assertThat(c.status()).isEqualTo(ResidentIdStatus.VALID);
              assertThat(c.normalized()).isEqualTo(id);
              assertThat(c.countyCode()).contains(id.substring(0, 6));
              assertThat(c.birthDate().map(d -> d.toString().replace("-", "")))
                  .contains(id.substring(6, 14));
              assertThat(c.sex())
                  .contains((id.charAt(16) - '0') % 2 == 0 ? RegisteredSex.FEMALE : RegisteredSex.MALE);
            });
  }

  @Test
  void everySingleSubstitutionIsDetected() {
    qt().forAll(validIds())
        .checkAssert(
            id -> {
              for (int position = 0; position < 18; position++) {
                String replacements = position == 17 ? "0123456789X" : "0123456789";
                for (char r : replacements.toCharArray()) {
                  if (r == id.charAt(position)) {
                    continue;
                  }
                  String mutated = id.substring(0, position) + r + id.substring(position + 1);
                  assertThat(ResidentId.checkCharacter(mutated.substring(0, 17)))
                      .isNotEqualTo(mutated.charAt(17));
                  assertThat(check(mutated).status()).isNotEqualTo(ResidentIdStatus.VALID);
                }
              }
            });
  }

  @Test
  void everyAdjacentTranspositionIsDetected() {
    qt().forAll(validIds())
        .checkAssert(
            id -> {
              for (int position = 0; position < 17; position++) {
                char a = id.charAt(position);
                char b = id.charAt(position + 1);
                if (a == b) {
                  continue;
                }
                String mutated =
                    id.substring(0, position) + b + a + id.substring(position + 2);
                assertThat(check(mutated).status()).isNotEqualTo(ResidentIdStatus.VALID);
              }
            });
  }

  @Test
  void legacyIdsUpgradeToValidIdsWithTheSameParts() {
    qt().forAll(validIds())
        .assuming(id -> id.startsWith("19", 6))
        .checkAssert(
            id -> {
              String legacy = id.substring(0, 6) + id.substring(8, 17);
              ResidentIdCheck c = check(legacy);
              assertThat(c.status()).isEqualTo(ResidentIdStatus.LEGACY_15);
              ResidentIdCheck upgraded = c.upgrade().orElseThrow();
              assertThat(upgraded.normalized()).isEqualTo(id);
              assertThat(upgraded.birthDate()).isEqualTo(c.birthDate());
              assertThat(upgraded.sex()).isEqualTo(c.sex());
            });
  }

  @Test
  void excelTruncationNeverYieldsWrongParts() {
    qt().forAll(validIds())
        .assuming(id -> id.charAt(0) >= '1' && id.charAt(0) <= '8') // real province codes
        .checkAssert(
            id -> {
              ResidentIdCheck truncated = check(id.substring(0, 15) + "000");
              assertThat(truncated.status())
                  .isIn(ResidentIdStatus.EXCEL_TRUNCATED, ResidentIdStatus.VALID);
              assertThat(truncated.countyCode()).contains(id.substring(0, 6));
              assertThat(truncated.birthDate()).isEqualTo(check(id).birthDate());
              for (int digits = 1; digits <= 15; digits++) {
                for (boolean trimZeros : new boolean[] {false, true}) {
                  ResidentIdCheck scientific = check(displayRounded(id, digits, trimZeros));
                  assertThat(scientific.status()).isEqualTo(ResidentIdStatus.EXCEL_TRUNCATED);
                  assertThat(scientific.countyCode())
                      .isIn(Optional.empty(), Optional.of(id.substring(0, 6)));
                  assertThat(scientific.birthDate()).isIn(Optional.empty(), check(id).birthDate());
                  if (digits == 15 && !trimZeros) {
                    assertThat(scientific.birthDate()).isEqualTo(check(id).birthDate());
                  }
                }
              }
              assertThat(check(displayRounded(id, 6, false)).countyCode())
                  .as("the seventh digit is the year's first, 1 or 2: no rounding up")
                  .contains(id.substring(0, 6));
            });
  }

  /**
   * How a spreadsheet shows the ID stored as a number (15 significant digits kept) in scientific
   * notation rounded to {@code digits} significant digits, optionally trimming trailing zeros as
   * the General format does.
   */
  private static String displayRounded(String id, int digits, boolean trimZeros) {
    BigDecimal stored = new BigDecimal(id.substring(0, 15) + "000");
    BigDecimal rounded = stored.round(new MathContext(digits, RoundingMode.HALF_UP));
    if (trimZeros) {
      rounded = rounded.stripTrailingZeros();
    }
    String unscaled = rounded.unscaledValue().toString();
    int exponent = rounded.precision() - rounded.scale() - 1;
    String mantissa =
        unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    return mantissa + "E+" + exponent;
  }

  @Test
  void arbitraryStringsNeverThrow() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(s -> assertThat(check(s).status()).isNotNull());
    qt().forAll(strings().betweenCodePoints(0x20, 0x7F).ofLengthBetween(0, 25))
        .checkAssert(s -> assertThat(check(s).toString()).startsWith("ResidentIdCheck[status="));
  }
}
