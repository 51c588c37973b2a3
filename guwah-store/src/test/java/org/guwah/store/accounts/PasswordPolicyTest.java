package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guwah.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct horse battery staple",
        "Tarim river in spring 1998",
        "مەخپىي سۆز ئۈچۈن ئون ئىككى",
        "我的密码是一句很长的话吧",
        "Қазақ тілі өте әдемі",
        "xK9#mQ2$vL7!",
        "password is not the only word here"
      })
  void acceptsPassphrasesInAnyScript(String password) {
    assertThat(PasswordPolicy.problems("alimjan", password)).isEmpty();
  }

  @Test
  void countsCharactersNotBytesOrUtf16Units() {
    assertThat(PasswordPolicy.problems("alimjan", "12345678901")).contains(PasswordProblem.TOO_SHORT);
    // eleven emoji: 22 UTF-16 units, 44 bytes, still eleven characters
    assertThat(PasswordPolicy.problems("alimjan", "😀😁😂🤣😃😄😅😆😉😊😋"))
        .contains(PasswordProblem.TOO_SHORT);
    assertThat(PasswordPolicy.problems("alimjan", "😀😁😂🤣😃😄😅😆😉😊😋😎")).isEmpty();
  }

  @Test
  void refusesMoreThan1024Bytes() {
    String exactly1024 = "ab cd ef gh ".repeat(85) + "wxyz";
    assertThat(PasswordPolicy.problems("alimjan", exactly1024)).isEmpty();
    assertThat(PasswordPolicy.problems("alimjan", exactly1024 + "q"))
        .containsExactly(PasswordProblem.TOO_LONG);
    assertThat(PasswordPolicy.problems("alimjan", "ü".repeat(513)))
        .contains(PasswordProblem.TOO_LONG);
    assertThat(PasswordPolicy.problems("alimjan", "x".repeat(10_000_000)))
        .containsExactly(PasswordProblem.TOO_LONG);
  }

  @Test
  void refusesControlCharactersAndBrokenText() {
    assertThat(PasswordPolicy.problems("alimjan", "line one\nline two"))
        .containsExactly(PasswordProblem.CONTROL_CHARACTERS);
    assertThat(PasswordPolicy.problems("alimjan", "tab\tseparated words"))
        .containsExactly(PasswordProblem.CONTROL_CHARACTERS);
    assertThat(PasswordPolicy.problems("alimjan", "broken \uD800 surrogate text"))
        .containsExactly(PasswordProblem.MALFORMED);
  }

  @Test
  void refusesRepetition() {
    assertThat(PasswordPolicy.problems("alimjan", "aaaaaaaaaaaa"))
        .contains(PasswordProblem.TOO_FEW_DISTINCT_CHARACTERS);
    assertThat(PasswordPolicy.problems("alimjan", "abababababab"))
        .contains(PasswordProblem.TOO_FEW_DISTINCT_CHARACTERS);
    assertThat(PasswordPolicy.problems("alimjan", "abcdabcdabcd"))
        .contains(PasswordProblem.TOO_FEW_DISTINCT_CHARACTERS);
  }

  @Test
  void refusesTheLoginNameIgnoringCase() {
    assertThat(PasswordPolicy.problems("Alimjan", "my name is ALIMJAN ok"))
        .containsExactly(PasswordProblem.CONTAINS_LOGIN_NAME);
    assertThat(PasswordPolicy.problems("longloginname", "LongLoginName"))
        .containsExactly(PasswordProblem.CONTAINS_LOGIN_NAME);
    // three-letter names only when equal (it could not be 12 long anyway); containing is fine
    assertThat(PasswordPolicy.problems("ali", "quality assurance team")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789012",
        "210987654321",
        "qwertyuiopas",
        "QWERTYUIOPASDF",
        "abcdefghijklmn",
        "1q2w3e4r5t6y",
        "Password1234",
        "password!!2024",
        "passwordpassword",
        "P@ssword12345"
      })
  void refusesCommonPasswords(String password) {
    assertThat(PasswordPolicy.problems("alimjan", password)).contains(PasswordProblem.COMMON);
  }

  @Test
  void guwahItselfIsCommon() {
    assertThat(PasswordPolicy.problems("alimjan", "Guwah2024!!!!")).contains(PasswordProblem.COMMON);
  }

  @Test
  void checkNamesThePasswordFieldWithoutTheValue() {
    assertThatThrownBy(() -> PasswordPolicy.check("alimjan", "short"))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> {
              ValidationException v = (ValidationException) e;
              assertThat(v.fieldErrors()).containsOnlyKeys("password");
              assertThat(v.fieldErrors().get("password"))
                  .contains("at least 12 characters")
                  .doesNotContain("short");
            });
  }
}
