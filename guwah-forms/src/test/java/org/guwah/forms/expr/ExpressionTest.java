package org.guwah.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.guwah.forms.expr.ExpressionScope.NameKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

  private static final ExpressionScope FORM = name -> {
    switch (name) {
      case "age":
      case "name":
      case "how":
      case "born":
      case "country":
      case "kids":
        return NameKind.FIELD;
      case "relatives":
        return NameKind.REPEAT;
      case "about":
        return NameKind.GROUP;
      default:
        return NameKind.UNKNOWN;
    }
  };

  static Expression parse(String text) {
    try {
      return Expression.parse(text, ExpressionScope.permissive());
    } catch (ExpressionSyntaxException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static String eval(String text, MapContext ctx) {
    return parse(text).evaluate(ctx).asString();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "1 + 2 * 3 | 7",
    "(1 + 2) * 3 | 9",
    "7 div 2 | 3.5",
    "7 mod 3 | 1",
    "-7 mod 3 | -1",
    "1 div 0 | Infinity",
    "- - 4 | 4",
    "10 - 2 - 3 | 5",
    "0.1 + 0.2 | 0.30000000000000004",
    "'a' = 'a' | true",
    "'a' != 'a' | false",
    "2 < 10 | true",
    "'2' < '10' | true",
    "'abc' < 1 | false",
    "1 = 1 and 2 = 3 or 4 = 4 | true",
    "true() and not(false()) | true",
    "'' | ``",
    "string(1 = 1) | true",
    "number('  12.5 ') | 12.5",
    "number('1e3') | NaN",
    "number('') | NaN",
    "int(-3.7) | -3",
    "int(3.7) | 3",
    "int('x') | NaN",
    "concat('a', 1, true(), '') | a1true",
    "concat() | ``",
    "contains('qanari', 'nar') | true",
    "starts-with('qanari', 'qa') | true",
    "ends-with('qanari', 'ri') | true",
    "string-length('ئابدۇرېھىم') | 10",
    "string-length('😀a') | 2",
    "if(1 > 2, 'yes', 'no') | no",
    "coalesce('', 'fallback') | fallback",
    "coalesce('first', 'fallback') | first",
    "selected('a b  c', 'b') | true",
    "selected('a b c', 'd') | false",
    "selected('ab', 'a') | false",
    "count-selected(' a  b c ') | 3",
    "count-selected('') | 0",
    "boolean('') | false",
    "boolean('0') | true",
    "boolean(0) | false",
    "date('2020-02-29') | 2020-02-29",
    "date('2020-02-30') | ``",
    "date(0) | 1970-01-01",
    "today() | 2024-05-17",
    "today() - date('2024-05-10') | 7",
    "date('2024-05-10') < today() | true",
    "today() = '2024-05-17' | true",
    "today() > 'not a date' | false",
    "'say \"hi\"' = \"say 'hi'\" | false",
    "string-length(\"it's\") | 4",
  })
  void evaluatesLikeOdk(String expression, String expected) {
    assertThat(eval(expression, new MapContext())).isEqualTo(expected);
  }

  @Test
  void emptyAnswersCompareAsEmptyText() {
    MapContext ctx = new MapContext().with("name", "").with("age", 30);
    assertThat(eval("${name} = ''", ctx)).isEqualTo("true");
    assertThat(eval("${name} != ''", ctx)).isEqualTo("false");
    assertThat(eval("${name} > 3", ctx)).isEqualTo("false");
    assertThat(eval("${name} < 3", ctx)).isEqualTo("false");
    assertThat(eval("${missing} = ''", ctx)).isEqualTo("true");
    assertThat(eval("${age} = ''", ctx)).as("a number never equals empty text").isEqualTo("false");
    assertThat(eval("${age} >= 18", ctx)).isEqualTo("true");
    assertThat(eval("${age} = '30'", ctx)).isEqualTo("true");
    assertThat(eval("${name} + 1", ctx)).isEqualTo("NaN");
  }

  @Test
  void nodeSetsCompareByAnyMemberAndCount() {
    MapContext ctx = new MapContext().with("kids", MapContext.nodes("qanari", "canarybek"));
    assertThat(eval("${kids} = 'canarybek'", ctx)).isEqualTo("true");
    assertThat(eval("${kids} = 'nobody'", ctx)).isEqualTo("false");
    assertThat(eval("count(${kids})", ctx)).isEqualTo("2");
    assertThat(eval("string(${kids})", ctx)).as("a node set reads as its first member").isEqualTo("qanari");
    assertThat(eval("${kids} = ${kids}", ctx)).isEqualTo("true");
    assertThat(eval("count(${nobody})", ctx)).isEqualTo("0");
  }

  @Test
  void currentChoiceColumnsAndPosition() {
    MapContext ctx = new MapContext().with("country", "TR");
    ctx.current = Value.string("qanari@example.org");
    ctx.choice.put("country", "TR");
    ctx.position = 3;
    assertThat(eval("regex(., '^[^@ ]+@[^@ ]+$')", ctx)).isEqualTo("true");
    assertThat(eval("string-length()", ctx)).isEqualTo("18");
    assertThat(eval("country = ${country}", ctx)).isEqualTo("true");
    assertThat(eval("position(..) = 3", ctx)).isEqualTo("true");
  }

  @Test
  void regexFindsAnywhereUnlessAnchoredAndStopsPathologicalPatterns() {
    MapContext ctx = new MapContext();
    assertThat(eval("regex('abc123', '[0-9]+')", ctx)).isEqualTo("true");
    assertThat(eval("regex('abc123', '^[0-9]+$')", ctx)).isEqualTo("false");
    assertThat(eval("regex('ئابدۇرېھىم', '^\\p{IsArabic}+$')", ctx)).isEqualTo("true");
    ctx.current = Value.string("a".repeat(40) + "!");
    long start = System.nanoTime();
    assertThat(eval("regex(., '^(a+)+$')", ctx)).isEqualTo("false");
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1000);
    ctx.current = Value.string("a".repeat(BoundedRegex.MAX_INPUT + 1));
    assertThat(eval("regex(., 'a')", ctx)).as("over the input cap: no match").isEqualTo("false");
    assertThatThrownBy(() -> Expression.parse("regex(., '" + "a".repeat(501) + "')", ExpressionScope.permissive()))
        .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("longer than 500");
    assertThatThrownBy(() -> Expression.parse("regex(., ${name})", ExpressionScope.permissive()))
        .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("pattern as quoted text");
  }

  @Test
  void checksNamesAgainstTheForm() throws Exception {
    assertThat(Expression.parse("${age} > 3 and count(${relatives}) > 0", FORM).references())
        .containsExactlyInAnyOrder("age", "relatives");
    assertSyntax("${ghost} = 1", "${ghost} refers to no field of this form", 1);
    assertSyntax("${age} + ${relatives}", "${relatives} is a repeat; it can only be counted: count(${relatives})", 10);
    assertSyntax("${about} = 1", "${about} is a group, not a field", 1);
    assertSyntax("country = 'TR'", "unexpected name 'country': write ${country} for a field, or quote text as 'country'", 1);
    assertSyntax("position(..)", "position(..) is only meaningful inside a repeat", 1);
    assertSyntax("count(1)", "count() takes a reference such as count(${repeat})", 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "'open ~ text literal is not closed ~ 1",
    "1 + ~ expression ends too early ~ 4",
    "(1 + 2 ~ expected ')' before the end ~ 7",
    "1 2 ~ unexpected '2' after a complete expression ~ 3",
    "not(1, 2) ~ not() takes 1 argument, not 2 ~ 1",
    "if(1) ~ if() takes 3 arguments, not 1 ~ 1",
    "${a ~ reference is not closed with '}' ~ 1",
    "${} ~ '${}' is not a valid field name ~ 1",
    "$a ~ '$' must start a reference like ${name} ~ 1",
    "a ! b ~ '!' must be followed by '=' (use not() for negation) ~ 3",
    "/data/a ~ paths like /data/x are not supported; use ${name} (and 'div' to divide) ~ 1",
    "${a}[1] ~ predicates [ ] are not supported ~ 5",
    "1 | 2 ~ '|' (node-set union) is not supported ~ 3",
    "@a ~ attributes (@) are not supported ~ 1",
    "‘x’ ~ typographic quote: use straight quotes ' or \" ~ 1",
    "sum(${a}) ~ function 'sum' is not supported ~ 1",
    ".. ~ '..' is only supported as position(..) ~ 1",
  })
  void reportsSyntaxErrorsWithPositions(String text, String reason, int position) {
    assertSyntax(text, reason, position);
  }

  @Test
  void refusesEmptyExpressions() {
    assertSyntax("  ", "expression is empty", 1);
  }

  @Test
  void refusesDeepNestingAndLongExpressions() {
    assertThatThrownBy(() -> Expression.parse("(".repeat(100) + "1" + ")".repeat(100), ExpressionScope.permissive()))
        .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("nested too deeply");
    assertThatThrownBy(() -> Expression.parse("1 + ".repeat(1000) + "1", ExpressionScope.permissive()))
        .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("longer than 4000");
  }

  @Test
  void printsACanonicalFormThatParsesBack() {
    Expression e = parse("${a}+2*-3 >= 4 and not(selected( ${b},'x' )) or regex(., \"it's\")");
    assertThat(e.canonical())
        .isEqualTo("((((${a} + (2 * -3)) >= 4) and not(selected(${b}, 'x'))) or regex(., \"it's\"))");
    assertThat(parse(e.canonical())).isEqualTo(e);
    assertThat(parse("position(..)").canonical()).isEqualTo("position(..)");
  }

  @Test
  void datesFromTextNumbersAndToday() {
    MapContext ctx = new MapContext().with("born", Value.date(LocalDate.of(1990, 1, 1)));
    assertThat(eval("${born} < '2000-01-01'", ctx)).isEqualTo("true");
    assertThat(eval("${born} = '1990-01-01T00:00:00'", ctx)).isEqualTo("true");
    assertThat(eval("int((today() - ${born}) div 365.25)", ctx)).isEqualTo("34");
    assertThat(eval("${born} + 1", ctx)).isEqualTo("7306");
  }

  private static void assertSyntax(String text, String reason, int position) {
    assertThatThrownBy(() -> Expression.parse(text, FORM.kind("a") == NameKind.UNKNOWN ? scopeWithA() : FORM))
        .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.position()).isEqualTo(position);
          assertThat(e.getMessage()).isEqualTo(reason + " (at character " + position + ")");
        });
  }

  private static ExpressionScope scopeWithA() {
    return name -> name.equals("a") || name.equals("b") ? NameKind.FIELD : FORM.kind(name);
  }
}
