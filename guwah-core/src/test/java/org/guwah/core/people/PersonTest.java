package org.guwah.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.geo.Place;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PersonTest {
  static Person person(List<PersonName> names, String sex, String country, List<Contact> contacts, String idNumber) {
    return new Person(null, 0, names, sex, FuzzyDate.parse("1985-04-02"), null, "UYGHUR",
        new Place("CN", "653121", "Canary Village", "No. 7 Canary Lane"), country, contacts, idNumber, "FULL", false,
        Consent.none(), "notes about CANARYNOTE", List.of());
  }

  @Test
  void aValidPersonKeepsItsValues() {
    Person p = person(List.of(new PersonName("مەمەت تۇرسۇن", "UEY", null), new PersonName("麦麦提·吐尔逊", "HANZI", "list")),
        "MALE", "TR", List.of(new Contact("PHONE", "+90 555 000 0000")), "653121199001010019");
    assertThat(p.names()).hasSize(2);
    assertThat(p.birthYearFrom()).isEqualTo(1985);
    assertThat(p.identityLevel()).isEqualTo("FULL");
  }

  @Test
  void toStringNeverCarriesIdentityData() {
    Person p = person(List.of(new PersonName("CANARYNAME Tursun", "ULY", "CANARYSOURCE")), "MALE", "TR",
        List.of(new Contact("WECHAT", "canary_wechat_id")), "653121199001010019");
    String s = p + " " + p.names() + " " + p.contacts() + " " + p.home();
    assertThat(s).doesNotContain("CANARY", "canary", "653121199001010019", "Canary", "1985-04-02");
  }

  @Test
  void everyBadFieldIsNamedAndNoValueIsRepeated() {
    assertThatThrownBy(() -> person(List.of(), "MARTIAN", "XX", List.of(), "x".repeat(65)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.fieldErrors()).containsOnlyKeys("sex", "residenceCountry", "idNumber");
          assertThat(e.fieldErrors().values()).noneMatch(m -> m.contains("MARTIAN") || m.contains("XX"));
        });
  }

  @Test
  void nestedErrorsCarryTheirPath() {
    assertThatThrownBy(() -> new PersonName(" ", "KLINGON", null))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("value", "script"));
    assertThat(new ValidationException(Map.of("value", "is required")).under("names[0]").fieldErrors())
        .containsOnlyKeys("names[0].value");
  }

  @Test
  void hugeAndControlCharacterTextIsRefused() {
    assertThatThrownBy(() -> new PersonName("x".repeat(10 * 1024 * 1024), "ULY", null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("value")).contains("too long"));
    assertThatThrownBy(() -> new PersonName("Memet\u0000Tursun", "ULY", null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PersonName("Memet\nTursun", "ULY", null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PersonName("Memet\uD800", "ULY", null)).isInstanceOf(ValidationException.class);
    // Uyghur text with a ZWNJ and RTL mark is fine; so is a script payload, which is only data.
    assertThat(new PersonName("مەمەت\u200c\u200fتۇرسۇن", "UEY", null).value()).isNotEmpty();
    assertThat(new PersonName("<script>alert('ئۇيغۇر')</script>", "UEY", null).value()).startsWith("<script>");
  }

  @Test
  void aProtectedThirdPartyCannotHaveConsented() {
    Consent granted = Consent.none().with("PUBLIC_PROFILE", ConsentEntry.granted(LocalDate.of(2020, 1, 1), "WRITTEN"));
    assertThatThrownBy(() -> new Person(null, 0, List.of(), "FEMALE", null, null, "UYGHUR", null, null, List.of(), null,
        "ANONYMOUS", true, granted, null, List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("consent"));
  }

  @Test
  void missingCodedFieldsTakeSafeDefaults() {
    Person p = new Person(null, 0, null, null, null, new AgeRange(30, 40, 2019), null, null, null, null, null, null,
        false, null, null, null);
    assertThat(p.sex()).isEqualTo("UNKNOWN");
    assertThat(p.identityLevel()).isEqualTo("ANONYMOUS");
    assertThat(p.consent().permits("INTERNAL_ANALYSIS")).isFalse();
    assertThat(p.birthYearFrom()).isEqualTo(1978);
    assertThat(p.birthYearTo()).isEqualTo(1989);
  }
}
