package org.guwah.names.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountyCodesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "653121, XINJIANG_CURRENT", // Shufu / Konasheher
    "653222, XINJIANG_CURRENT", // Moyu / Karakax
    "654027, XINJIANG_CURRENT", // Tekes
    "652902, XINJIANG_CURRENT", // Kuqa city (2019)
    "659012, XINJIANG_CURRENT",
    "652101, XINJIANG_RETIRED", // Turpan city 1984-2015
    "652201, XINJIANG_RETIRED", // Hami city 1980-2016
    "652923, XINJIANG_RETIRED", // Kuqa county to 2019
    "654101, XINJIANG_RETIRED", // Yining city 1984-2001
    "653299, XINJIANG_UNKNOWN",
    "650999, XINJIANG_UNKNOWN",
    "110105, OTHER_PROVINCE",
    "440524, OTHER_PROVINCE",
    "000000, UNKNOWN_PROVINCE",
    "991234, UNKNOWN_PROVINCE",
    "160101, UNKNOWN_PROVINCE"
  })
  void classifiesAddressCodes(String code, CountyCodeStatus expected) {
    assertThat(CountyCodes.status(code)).isEqualTo(expected);
    assertThat(expected.isPlausible()).isEqualTo(!expected.name().contains("UNKNOWN"));
  }

  @Test
  void knowsWhenCodesWereInUse() {
    assertThat(CountyCodes.introduced("652101")).hasValue(1984);
    assertThat(CountyCodes.retired("652101")).hasValue(2015);
    assertThat(CountyCodes.retired("653121")).isEmpty();
    assertThat(CountyCodes.introduced("123456")).isEmpty();
    assertThat(CountyCodes.xinjiangCodeCount()).isGreaterThan(180);
  }

  @Test
  void rejectsWhatIsNotSixDigits() {
    assertThatThrownBy(() -> CountyCodes.status("65312")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountyCodes.status("65312x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountyCodes.status(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void checksExposeTheCountyStatus() {
    ResidentIdCheck standard = ResidentId.check("11010519491231002X", CLOCK);
    assertThat(standard.isValid()).isTrue();
    assertThat(standard.countyCodeStatus()).contains(CountyCodeStatus.OTHER_PROVINCE);
    assertThat(standard.maybeSpreadsheetTruncated()).isFalse();

    String retired = "65210119850301001";
    ResidentIdCheck turpan = ResidentId.check(retired + ResidentId.checkCharacter(retired), CLOCK);
    assertThat(turpan.isValid()).isTrue();
    assertThat(turpan.countyCodeStatus()).contains(CountyCodeStatus.XINJIANG_RETIRED);

    String unknown = "65329919850301001";
    ResidentIdCheck wrongCounty = ResidentId.check(unknown + ResidentId.checkCharacter(unknown), CLOCK);
    assertThat(wrongCounty.isValid()).as("the check character does not cover the county table").isTrue();
    assertThat(wrongCounty.countyCodeStatus()).contains(CountyCodeStatus.XINJIANG_UNKNOWN);

    assertThat(ResidentId.check("12345", CLOCK).countyCodeStatus()).isEmpty();
  }

  @Test
  void spreadsheetDamageFromTheIssueIsDetected() {
    // 15 significant digits kept, the last three zeroed
    ResidentIdCheck zeroed = ResidentId.check("650102198001010000", CLOCK);
    assertThat(zeroed.status()).isIn(ResidentIdStatus.EXCEL_TRUNCATED, ResidentIdStatus.VALID);
    assertThat(zeroed.maybeSpreadsheetTruncated()).isTrue();
    assertThat(zeroed.countyCode()).contains("650102");
    assertThat(zeroed.countyCodeStatus()).contains(CountyCodeStatus.XINJIANG_CURRENT);
    assertThat(zeroed.birthDate()).contains(LocalDate.of(1980, 1, 1));

    ResidentIdCheck scientific = ResidentId.check("6.50102E+17", CLOCK);
    assertThat(scientific.status()).isEqualTo(ResidentIdStatus.EXCEL_TRUNCATED);
    assertThat(scientific.maybeSpreadsheetTruncated()).isTrue();
    assertThat(scientific.countyCode()).contains("650102");
    assertThat(scientific.birthDate()).isEmpty();

    // a valid ID whose truncation happens to pass the check (1 in 11) is flagged too
    assertThat(ResidentId.checkCharacter("65312119900101000")).isEqualTo('0');
    ResidentIdCheck lucky = ResidentId.check("653121199001010000", CLOCK);
    assertThat(lucky.isValid()).isTrue();
    assertThat(lucky.maybeSpreadsheetTruncated()).isTrue();
    assertThat(ResidentId.check("653121199001010019", CLOCK).maybeSpreadsheetTruncated()).isFalse();
  }

  @Test
  void domainTestIdsBehaveAsDocumented() {
    ResidentIdCheck male1880 = ResidentId.check("440524188001010014", CLOCK);
    assertThat(male1880.isValid()).isTrue();
    assertThat(male1880.sex()).contains(RegisteredSex.MALE);
    assertThat(male1880.birthDate()).contains(LocalDate.of(1880, 1, 1));
    assertThat(ResidentId.check("653121199001010019", CLOCK).isValid()).isTrue();
    assertThat(ResidentId.check("653121199001010012", CLOCK).status())
        .isEqualTo(ResidentIdStatus.INVALID_CHECKSUM);
    ResidentIdCheck standard = ResidentId.check("11010519491231002X", CLOCK);
    assertThat(standard.sex()).contains(RegisteredSex.FEMALE);
    assertThat(standard.birthDate()).contains(LocalDate.of(1949, 12, 31));
  }
}
