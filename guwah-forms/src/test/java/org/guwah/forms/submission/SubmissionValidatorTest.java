package org.guwah.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.XlsForm;
import org.guwah.forms.testing.SampleForms;
import org.guwah.forms.testing.XlsxBuilder;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {
  static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 5, 17).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static SubmissionValidator validator(XlsxBuilder form) {
    return SubmissionValidator.create(XlsForm.parse(form.build()), CLOCK, SubmissionLimits.defaults());
  }

  static Submission valid(SubmissionResult r) {
    assertThat(r.problems()).isEmpty();
    return r.submission();
  }

  private static RawAnswers.Builder everyTypeAnswers() {
    return RawAnswers.builder()
        .put("nickname", "qanari")
        .put("age", "34")
        .put("distance_km", " 12.50 ")
        .put("arrived", "2019-06-01")
        .put("left_year", "2017")
        .put("contacted", "yes")
        .put("how", "WECHAT")
        .put("how", "EMAIL")
        .put("what_said", "They asked for my address")
        .put("people[1]/caller", "canarybek")
        .put("people[2]/caller", "qanari-two");
  }

  @Test
  void acceptsAndTypesEveryKindOfAnswer() {
    Submission s = valid(validator(SampleForms.everyType()).validate(everyTypeAnswers().build(), "en"));
    SubmittedInstance root = s.root();
    assertThat(root.answer("nickname").orElseThrow().text()).isEqualTo("qanari");
    assertThat(root.answer("age").orElseThrow().asLong()).isEqualTo(34);
    assertThat(root.answer("distance_km").orElseThrow().asDecimal()).isEqualByComparingTo(new BigDecimal("12.5"));
    assertThat(root.answer("distance_km").orElseThrow().text()).isEqualTo("12.50");
    assertThat(root.answer("arrived").orElseThrow().asDate()).isEqualTo(LocalDate.of(2019, 6, 1));
    assertThat(root.answer("left_year").orElseThrow().asDate()).as("year appearance").isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(root.answer("contacted").orElseThrow().asChoice()).isEqualTo("yes");
    assertThat(root.answer("how").orElseThrow().asChoices()).containsExactly("WECHAT", "EMAIL");
    assertThat(root.answer("how").orElseThrow().text()).isEqualTo("WECHAT EMAIL");
    assertThat(root.answer("what_said")).isPresent();
    assertThat(root.answer("intro")).as("notes take no answer").isEmpty();
    assertThat(root.repeat("people")).extracting(i -> i.answer("caller").orElseThrow().text())
        .containsExactly("canarybek", "qanari-two");
    assertThat(root.repeat("people")).extracting(SubmittedInstance::key).containsExactly("people[1]", "people[2]");
    assertThat(s.toString()).doesNotContain("qanari");
    assertThat(root.answer("nickname").orElseThrow().toString()).doesNotContain("qanari");
  }

  @Test
  void dropsIrrelevantAnswersAndReadsThemAsEmpty() {
    RawAnswers raw = everyTypeAnswers().build();
    Map<String, List<String>> m = new java.util.LinkedHashMap<>(raw.values());
    m.put("contacted", List.of("no"));
    m.put("how", List.of("PHONE_CALL"));
    Submission s = valid(validator(SampleForms.everyType()).validate(RawAnswers.of(m), "en"));
    assertThat(s.answer("how")).as("how is only relevant when contacted").isEmpty();
    assertThat(s.answer("what_said")).as("the details group reads how, now empty").isEmpty();
    assertThat(s.answer("contacted").orElseThrow().asChoice()).isEqualTo("no");
  }

  @Test
  void reportsRequiredTypeAndConstraintProblemsWithTheFormsMessages() {
    RawAnswers raw = RawAnswers.builder()
        .put("nickname", "   ")
        .put("age", "twelve")
        .put("distance_km", "-3")
        .put("arrived", "2030-01-01")
        .put("left_year", "17")
        .put("contacted", "maybe")
        .put("people[1]/caller", "x")
        .put("people[2]/caller", "y")
        .build();
    SubmissionResult r = validator(SampleForms.everyType()).validate(raw, "en");
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(FieldProblem::key, FieldProblem::code, FieldProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("nickname", ProblemCode.REQUIRED, "Please give a name"),
        org.assertj.core.groups.Tuple.tuple("age", ProblemCode.NOT_INTEGER, "Enter a whole number."),
        org.assertj.core.groups.Tuple.tuple("distance_km", ProblemCode.CONSTRAINT, "This answer is not allowed."),
        org.assertj.core.groups.Tuple.tuple("arrived", ProblemCode.CONSTRAINT, "Not in the future"),
        org.assertj.core.groups.Tuple.tuple("left_year", ProblemCode.NOT_DATE, "Enter a date as YYYY-MM-DD."),
        org.assertj.core.groups.Tuple.tuple("contacted", ProblemCode.NOT_A_CHOICE, "Choose one of the answers offered."));
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("twelve").doesNotContain("maybe"));
  }

  @Test
  void messagesFallBackFromTheRequestedLanguageToTheDefaultThenEnglish() {
    SubmissionValidator v = validator(SampleForms.multilingual());
    RawAnswers raw = RawAnswers.builder().put("residence", "TR").put("relatives_count", "25").build();
    assertThat(v.validate(raw, "ru").problems()).extracting(FieldProblem::message).containsExactly("От 0 до 20");
    assertThat(v.validate(raw, "ug").problems()).extracting(FieldProblem::message).containsExactly("0 دىن 20 گىچە");
    assertThat(v.validate(raw, "fr").problems()).as("unknown: the form's default, English")
        .extracting(FieldProblem::message).containsExactly("0 to 20");
    RawAnswers missing = RawAnswers.builder().put("relatives_count", "1").put("relatives[1]/relative_name", "qanari").build();
    assertThat(v.validate(missing, "kk").problems()).extracting(FieldProblem::key, FieldProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("residence", "This question needs an answer."),
        org.assertj.core.groups.Tuple.tuple("relatives[1]/relation", "This question needs an answer."));
  }

  @Test
  void uyghurMessagesForAUyghurForm() {
    SubmissionValidator v = validator(SampleForms.uyghur());
    SubmissionResult r = v.validate(RawAnswers.builder().put("birth_year", "1850").build(), "en");
    assertThat(r.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("name", "بۇ سوئالغا جاۋاب بېرىڭ"),
        org.assertj.core.groups.Tuple.tuple("birth_year", "\u200Fيىل ١٩٠٠ بىلەن ٢٠١٠ ئارىلىقىدا بولسۇن"));
  }

  @Test
  void keepsAnyScriptVerbatimButCleansControlsAndNormalises() {
    SubmissionValidator v = validator(SampleForms.uyghur());
    String decomposed = "qanari e\u0301";
    String text = "\u200Fئابدۇرېھىم\u0000 \u202Bqanari\u202C\r\nline\u0007two\t" + decomposed;
    Submission s = valid(v.validate(RawAnswers.builder().put("name", text).build(), "ug"));
    assertThat(s.answer("name").orElseThrow().text())
        .isEqualTo("\u200Fئابدۇرېھىم \u202Bqanari\u202C\nlinetwo\tqanari \u00e9");
  }

  @Test
  void selectMultipleFromCheckboxesOrOneValueAndDuplicatesCollapse() {
    SubmissionValidator v = validator(SampleForms.cascading());
    RawAnswers boxes = RawAnswers.builder().put("incidents[1]/tactics", "THREAT_DIRECT")
        .put("incidents[1]/tactics", "INFO_DEMAND").build();
    RawAnswers spaced = RawAnswers.builder().put("incidents[1]/tactics", " THREAT_DIRECT  INFO_DEMAND THREAT_DIRECT").build();
    for (RawAnswers raw : List.of(boxes, spaced)) {
      Submission s = valid(v.validate(raw, "en"));
      assertThat(s.root().repeat("incidents").get(0).answer("tactics").orElseThrow().asChoices())
          .containsExactly("THREAT_DIRECT", "INFO_DEMAND");
    }
    RawAnswers twoForOne = RawAnswers.builder().put("incidents[1]/host_country", "TR").put("incidents[1]/host_country", "KZ").build();
    assertThat(v.validate(twoForOne, "en").problems()).extracting(FieldProblem::code).containsExactly(ProblemCode.MULTIPLE_VALUES);
  }

  @Test
  void choiceFiltersCascade() {
    SubmissionValidator v = validator(SampleForms.cascading());
    RawAnswers ok = RawAnswers.builder().put("incidents[1]/host_country", "KZ").put("incidents[1]/host_city", "almaty")
        .put("incidents[2]/host_country", "TR").put("incidents[2]/host_city", "ankara").build();
    assertThat(v.validate(ok, "en").isValid()).isTrue();
    RawAnswers wrongCity = RawAnswers.builder().put("incidents[1]/host_country", "TR").put("incidents[1]/host_city", "almaty").build();
    assertThat(v.validate(wrongCity, "en").problems()).extracting(FieldProblem::key, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("incidents[1]/host_city", ProblemCode.NOT_A_CHOICE));
  }

  @Test
  void repeatsCloseGapsKeepPostedKeysInProblemsAndObeyRepeatCount() {
    SubmissionValidator v = validator(SampleForms.multilingual());
    RawAnswers gaps = RawAnswers.builder().put("residence", "DE").put("relatives_count", "2")
        .put("relatives[1]/relative_name", "qanari").put("relatives[1]/relation", "PARENT")
        .put("relatives[4]/relative_name", "canarybek").put("relatives[4]/relation", "SIBLING")
        .put("relatives[4]/status", "IN_CAMP").put("relatives[4]/detained_when", "2018")
        .build();
    Submission s = valid(v.validate(gaps, "en"));
    List<SubmittedInstance> rel = s.root().repeat("relatives");
    assertThat(rel).extracting(SubmittedInstance::index).containsExactly(1, 2);
    assertThat(rel.get(1).answer("relation").orElseThrow().asChoice()).isEqualTo("SIBLING");

    RawAnswers missingSecond = RawAnswers.builder().put("residence", "DE").put("relatives_count", "2")
        .put("relatives[7]/relative_name", "qanari").put("relatives[7]/relation", "PARENT").build();
    assertThat(v.validate(missingSecond, "en").problems()).as("repeat_count 2 makes an empty second instance")
        .extracting(FieldProblem::key)
        .containsExactly("relatives[8]/relative_name", "relatives[8]/relation");

    RawAnswers tooMany = RawAnswers.builder().put("residence", "DE").put("relatives_count", "1")
        .put("relatives[1]/relative_name", "qanari").put("relatives[1]/relation", "PARENT")
        .put("relatives[2]/relative_name", "dropped").put("relatives[2]/relation", "nonsense").build();
    assertThat(valid(v.validate(tooMany, "en")).root().repeat("relatives")).hasSize(1);

    RawAnswers none = RawAnswers.builder().put("residence", "DE").put("relatives_count", "0")
        .put("relatives[1]/relative_name", "qanari").build();
    assertThat(valid(v.validate(none, "en")).root().repeat("relatives")).as("repeat not relevant").isEmpty();
  }

  @Test
  void mappedAnswersMustFitTheCaseModel() {
    SubmissionValidator v = validator(SampleForms.multilingual());
    RawAnswers raw = RawAnswers.builder().put("residence", "DE").put("relatives_count", "1")
        .put("relatives[1]/relative_name", "q".repeat(301)).put("relatives[1]/relation", "PARENT")
        .put("relatives[1]/status", "SENTENCED").put("relatives[1]/detained_when", "after the wedding")
        .build();
    assertThat(v.validate(raw, "en").problems()).extracting(FieldProblem::key, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("relatives[1]/relative_name", ProblemCode.INVALID_FOR_CASE,
                "This answer is too long (at most 300 characters)."),
            org.assertj.core.groups.Tuple.tuple("relatives[1]/detained_when", ProblemCode.INVALID_FOR_CASE,
                "Enter a date such as 2017, 2017-03, 2017-03-15, early 2017, or 2016/2018."));
    RawAnswers early = RawAnswers.builder().put("residence", "DE").put("relatives_count", "1")
        .put("relatives[1]/relative_name", "qanari").put("relatives[1]/relation", "PARENT")
        .put("relatives[1]/status", "SENTENCED").put("relatives[1]/detained_when", "early 2018").build();
    assertThat(v.validate(early, "en").isValid()).isTrue();
  }

  @Test
  void enforcesLimitsAndRefusesUnknownKeys() {
    FormDefinition form = XlsForm.parse(SampleForms.everyType().build());
    SubmissionLimits small = SubmissionLimits.defaults().withMaxAnswerChars(50).withMaxRepeatInstances(3).withMaxFields(20);
    SubmissionValidator v = SubmissionValidator.create(form, CLOCK, small);
    RawAnswers longText = everyTypeAnswers().put("what_said", "qanari ".repeat(10)).build();
    assertThat(v.validate(longText, "en").problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TOO_LONG);
      assertThat(p.message()).isEqualTo("This answer is too long (at most 50 characters).");
    });
    RawAnswers farIndex = everyTypeAnswers().put("people[4]/caller", "x").build();
    assertThat(v.validate(farIndex, "en").problems()).extracting(FieldProblem::key, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("people", ProblemCode.TOO_MANY_INSTANCES));
    RawAnswers.Builder many = everyTypeAnswers();
    for (int i = 0; i < 20; i++) {
      many.put("qanari" + i, "x");
    }
    assertThat(v.validate(many.build(), "en").problems()).extracting(FieldProblem::key, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FieldProblem.FORM, ProblemCode.TOO_MANY_FIELDS));
    RawAnswers unknown = everyTypeAnswers().put("_csrf", "t").put("people/caller", "x").put("nickname/x", "y")
        .put("people[0]/caller", "z").put("details/what_said", "ok").build();
    assertThat(v.validate(unknown, "en").problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD);
      assertThat(p.message()).isEqualTo("The submission has fields this form does not have. (4)");
    });
  }

  @Test
  void defaultsStandForUnpostedKeysOnly() {
    SubmissionValidator v = validator(SampleForms.everyType());
    Map<String, List<String>> m = new java.util.LinkedHashMap<>(everyTypeAnswers().build().values());
    m.remove("contacted");
    Submission s = valid(v.validate(RawAnswers.of(m), "en"));
    assertThat(s.answer("contacted").orElseThrow().asChoice()).isEqualTo("no");
    m.put("contacted", List.of(""));
    assertThat(v.validate(RawAnswers.of(m), "en").problems()).extracting(FieldProblem::key).containsExactly("contacted");
  }

  @Test
  void groupPrefixesInKeysAreAccepted() {
    SubmissionValidator v = validator(SampleForms.multilingual());
    RawAnswers raw = RawAnswers.builder().put("about_you/residence", "KZ").put("about_you/relatives_count", "0").build();
    assertThat(valid(v.validate(raw, "en")).answer("residence").orElseThrow().asChoice()).isEqualTo("KZ");
    assertThat(AnswerKey.of(v.form().question("relation").orElseThrow(), List.of(3)).format()).isEqualTo("relatives[3]/relation");
  }

  @Test
  void aThirtyQuestionFormValidatesTheSameEveryTime() {
    // Speed is measured by a benchmark, never here; this checks the validator is reusable and pure.
    XlsxBuilder b = XlsxBuilder.create().sheet("survey")
        .row("type", "name", "label", "required", "relevant", "constraint", "choice_filter");
    RawAnswers.Builder answers = RawAnswers.builder();
    for (int i = 0; i < 10; i++) {
      b.row("text", "t" + i, "Text " + i, "yes", null, "string-length(.) < 200");
      b.row("integer", "n" + i, "Number " + i, "yes", "${t" + i + "} != ''", ". >= 0 and . <= 1000");
      b.row("select_one opts", "s" + i, "Choice " + i, "yes", "${n" + i + "} > 3", null, "group = 'a' or ${n" + i + "} > 100");
      answers.put("t" + i, "qanari answer " + i).put("n" + i, String.valueOf(10 + i)).put("s" + i, "x" + (i % 3));
    }
    b.sheet("choices").row("list_name", "name", "label", "group")
        .row("opts", "x0", "X0", "a").row("opts", "x1", "X1", "a").row("opts", "x2", "X2", "a");
    SubmissionValidator v = SubmissionValidator.create(XlsForm.parse(b.build()), CLOCK, SubmissionLimits.defaults());
    RawAnswers raw = answers.build();
    for (int i = 0; i < 100; i++) {
      SubmissionResult r = v.validate(raw, "en");
      assertThat(r.isValid()).isTrue();
      assertThat(r.submission().answer("n9").orElseThrow().asLong()).isEqualTo(19L);
    }
  }
}
