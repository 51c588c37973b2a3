package org.guwah.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guwah.forms.testing.SampleForms;
import org.junit.jupiter.api.Test;

class FormViewTest {
  private static List<FormView.Item> flatten(List<FormView.Item> items) {
    java.util.ArrayList<FormView.Item> out = new java.util.ArrayList<>();
    for (FormView.Item i : items) {
      out.add(i);
      if (i instanceof FormView.GroupItem g) {
        out.addAll(flatten(g.items()));
      } else if (i instanceof FormView.RepeatItem r) {
        for (FormView.Instance in : r.instances()) {
          out.addAll(flatten(in.items()));
        }
      }
    }
    return out;
  }

  private static FormView.QuestionItem question(FormView v, String key) {
    return flatten(v.items()).stream().filter(i -> i instanceof FormView.QuestionItem q && q.key().equals(key))
        .map(i -> (FormView.QuestionItem) i).findFirst().orElseThrow(() -> new AssertionError("no " + key));
  }

  @Test
  void showsOnlyRelevantQuestionsAndKeepsWhatWasTyped() {
    SubmissionValidator validator = SubmissionValidatorTest.validator(SampleForms.everyType());
    FormView empty = validator.view(RawAnswers.of(java.util.Map.of()), "en");
    assertThat(empty.answerKeys()).contains("nickname", "contacted").doesNotContain("how", "what_said");
    assertThat(empty.submission()).isEmpty();
    assertThat(question(empty, "contacted").value()).isEqualTo("").as("default is not posted");

    FormView yes = validator.view(RawAnswers.builder().put("contacted", "yes").put("how", "WECHAT")
        .put("age", "7").put("nickname", "<b>qanari</b>").build(), "en");
    assertThat(yes.answerKeys()).contains("how", "what_said");
    assertThat(question(yes, "how").chosen("WECHAT")).isTrue();
    assertThat(question(yes, "how").choices()).extracting(FormView.ChoiceItem::label)
        .containsExactly("WeChat", "Phone call", "E-mail");
    assertThat(question(yes, "age").problem()).isEqualTo("Between 16 and 120");
    assertThat(question(yes, "age").value()).isEqualTo("7");
    assertThat(question(yes, "nickname").value()).isEqualTo("<b>qanari</b>");
    assertThat(question(yes, "nickname").problem()).isNull();
    assertThat(question(yes, "nickname").required()).isTrue();
    FormView.RepeatItem people = flatten(yes.items()).stream().filter(i -> i instanceof FormView.RepeatItem)
        .map(i -> (FormView.RepeatItem) i).findFirst().orElseThrow();
    assertThat(people.fixedCount()).isTrue();
    assertThat(people.instances()).hasSize(2);
    assertThat(people.instances().get(1).prefix()).isEqualTo("people[2]/");
  }

  @Test
  void aCompleteFormYieldsTheSameSubmissionAsValidate() {
    SubmissionValidator validator = SubmissionValidatorTest.validator(SampleForms.everyType());
    RawAnswers raw = RawAnswers.builder().put("nickname", "qanari").put("age", "34").put("contacted", "no")
        .put("people[1]/caller", "a").put("people[2]/caller", "b").build();
    FormView v = validator.view(raw, "en");
    assertThat(v.problems()).isEmpty();
    assertThat(v.submission()).isPresent();
    assertThat(validator.validate(raw, "en").isValid()).isTrue();
  }

  @Test
  void openRepeatsGrowFromThePostedIndexes() {
    SubmissionValidator validator = SubmissionValidatorTest.validator(SampleForms.respondent());
    FormView v = validator.view(RawAnswers.of(java.util.Map.of()), "ug");
    FormView.RepeatItem r = flatten(v.items()).stream().filter(i -> i instanceof FormView.RepeatItem)
        .map(i -> (FormView.RepeatItem) i).findFirst().orElseThrow();
    assertThat(r.instances()).isEmpty();
    assertThat(r.newPrefix()).isEqualTo("relatives[1]/");
    assertThat(r.label()).isEqualTo("يۇرتتىكى بىر تۇغقىنىڭىز");
    assertThat(v.answerKeys()).doesNotContain("what_happened");

    FormView grown = validator.view(RawAnswers.builder().put("relatives[1]/relative_name", "x")
        .put("relatives[3]/relative_name", "y").put("contacted", "yes").build(), "ru");
    FormView.RepeatItem g = flatten(grown.items()).stream().filter(i -> i instanceof FormView.RepeatItem)
        .map(i -> (FormView.RepeatItem) i).findFirst().orElseThrow();
    assertThat(g.instances()).extracting(FormView.Instance::prefix).containsExactly("relatives[1]/", "relatives[3]/");
    assertThat(g.instances()).extracting(FormView.Instance::number).containsExactly(1, 2);
    assertThat(g.newPrefix()).isEqualTo("relatives[4]/");
    assertThat(grown.answerKeys()).contains("what_happened", "relatives[3]/relation");
    assertThat(question(grown, "relatives[3]/relation").problem()).isNotNull();
    assertThat(question(grown, "contacted").label()).isEqualTo("Кто-нибудь оказывал давление на вас или вашу семью?");
  }
}
