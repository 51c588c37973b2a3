package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ApiParamTest {
  @Test
  void integers_are_strict_and_bounded() {
    ApiParam limit = ApiParam.limit();
    assertThat(limit.problemWith("1")).isNull();
    assertThat(limit.problemWith("500")).isNull();
    for (String bad : new String[] {"0", "501", "abc", "+5", " 5", "5 ", "1e2", "5.0", "99999999999999999999", "-1"}) {
      assertThat(limit.problemWith(bad)).as(bad).isEqualTo("must be an integer between 1 and 500");
    }
    assertThat(limit.problemWith("")).isEqualTo("must not be empty");
  }

  @Test
  void other_types_are_strict() {
    assertThat(ApiParam.bool("b", "").problemWith("TRUE")).isNotNull();
    assertThat(ApiParam.bool("b", "").problemWith("false")).isNull();
    assertThat(ApiParam.uuid("u", "").problemWith("1-1-1-1-1")).isNotNull();
    assertThat(ApiParam.uuid("u", "").problemWith("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")).isNull();
    assertThat(ApiParam.date("d", "").problemWith("2024-02-30")).isNotNull();
    assertThat(ApiParam.date("d", "").problemWith("2024-02-29")).isNull();
    assertThat(ApiParam.string("s", "").withMaxLength(3).problemWith("abcd")).contains("too long");
    assertThat(ApiParam.oneOf("o", "", "a", "b").problemWith("c")).isEqualTo("must be one of: a, b");
    assertThat(ApiParam.cursor().problemWith("abc-_9")).isNull();
    assertThat(ApiParam.cursor().problemWith("abc=")).isNotNull();
  }

  @Test
  void messages_never_repeat_the_value() {
    String value = "Ablikim";
    for (ApiParam p : new ApiParam[] {ApiParam.limit(), ApiParam.bool("b", ""), ApiParam.uuid("u", ""),
        ApiParam.date("d", ""), ApiParam.oneOf("o", "", "a"), ApiParam.string("s", "").withPattern("[0-9]+")}) {
      assertThat(p.problemWith(value)).as(p.name()).isNotNull().doesNotContain(value);
    }
  }

  @Test
  void inconsistent_declarations_are_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ApiParam.integer("n", "", 5, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> ApiParam.integer("n", "", 1, 5).withDefault("9"));
    assertThatIllegalArgumentException().isThrownBy(() -> ApiParam.string("bad name", ""));
    assertThatIllegalArgumentException().isThrownBy(() -> ApiParam.oneOf("o", ""));
  }
}
