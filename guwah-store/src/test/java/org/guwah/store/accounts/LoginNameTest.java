package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guwah.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"ali", "Alimjan", "a.kerimova", "doc_7", "x-1", "ABC", "a234567890123456789012345678901234567890123456789012345678901234"})
  void acceptsAsciiIdentifiers(String value) {
    assertThat(LoginName.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"al", "", ".ali", "-ali", "_ali", "ali jan", "аli", "ئەلى", "ali:jan", "ali@x.org",
        "ali\n", "İlham"})
  void refusesEverythingElseWithoutEchoing(String value) {
    assertThatThrownBy(() -> LoginName.of(value))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> {
              ValidationException v = (ValidationException) e;
              assertThat(v.fieldErrors()).containsOnlyKeys("loginName");
              if (!value.isEmpty()) {
                assertThat(v.fieldErrors().get("loginName")).doesNotContain(value);
              }
            });
  }

  @Test
  void refusesTooLong() {
    assertThatThrownBy(() -> LoginName.of("a".repeat(65))).isInstanceOf(ValidationException.class);
  }

  @Test
  void keyIsLowerCaseInEveryLocale() {
    assertThat(LoginName.of("ILHAM.Kadir").key()).isEqualTo("ilham.kadir");
    assertThat(LoginName.keyOf("ILHAM")).isEqualTo("ilham");
    assertThat(LoginName.keyOf("x".repeat(1000))).hasSize(LoginName.MAX_LENGTH + 1);
  }

  @Test
  void toStringHidesTheName() {
    assertThat(LoginName.of("alimjan").toString()).doesNotContain("alimjan");
  }
}
