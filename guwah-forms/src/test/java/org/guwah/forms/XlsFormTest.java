package org.guwah.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guwah.forms.FormProblem.Severity;
import org.guwah.forms.testing.SampleForms;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.forms.testing.XlsxBuilder.Formula;
import org.junit.jupiter.api.Test;

class XlsFormTest {

  @Test
  void readsEverySupportedTypeAndColumn() {
    FormDefinition f = XlsForm.parse(SampleForms.everyType().build());

    assertThat(f.id()).isEqualTo("every_type");
    assertThat(f.title()).isEqualTo("Every type");
    assertThat(f.version()).hasValue("2024010101");
    assertThat(f.questions()).extracting(Question::name)
        .containsExactly("intro", "nickname", "age", "distance_km", "arrived", "left_year", "contacted", "how", "what_said", "caller");
    assertThat(f.questions()).extracting(Question::type).containsExactly(QuestionType.NOTE, QuestionType.TEXT,
        QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.DATE, QuestionType.DATE, QuestionType.SELECT_ONE,
        QuestionType.SELECT_MULTIPLE, QuestionType.TEXT, QuestionType.TEXT);
    Question nickname = f.question("nickname").orElseThrow();
    assertThat(nickname.label().resolve("", "")).isEqualTo("What may we call you?");
    assertThat(nickname.hint().resolve("", "")).isEqualTo("Any name, not your real one");
    assertThat(nickname.required()).isNotNull();
    assertThat(nickname.requiredMessage().resolve("", "")).isEqualTo("Please give a name");
    assertThat(f.question("distance_km").orElseThrow().required()).isNull();
    Question age = f.question("age").orElseThrow();
    assertThat(age.constraint().canonical()).isEqualTo("((. >= 16) and (. <= 120))");
    Question contacted = f.question("contacted").orElseThrow();
    assertThat(contacted.listName()).isEqualTo("yes_no");
    assertThat(contacted.appearance()).containsExactly("horizontal", "quick");
    assertThat(contacted.defaultValue()).isEqualTo("no");
    assertThat(contacted.required()).as("a number 1 in the required column").isNotNull();
    assertThat(f.question("how").orElseThrow().relevant().references()).containsExactly("contacted");
    assertThat(f.question("left_year").orElseThrow().appearance()).containsExactly("year");

    Group details = (Group) f.node("details").orElseThrow();
    assertThat(details.repeat()).isFalse();
    assertThat(details.appearance()).containsExactly("field-list");
    assertThat(f.question("what_said").orElseThrow().path()).containsExactly("details");
    Group people = f.repeats().get(0);
    assertThat(people.name()).isEqualTo("people");
    assertThat(people.repeatCount().canonical()).isEqualTo("2");
    assertThat(f.question("caller").orElseThrow().repeatPath()).containsExactly("people");
    assertThat(f.choiceList("channels").orElseThrow().choices()).extracting(Choice::name)
        .containsExactly("WECHAT", "PHONE_CALL", "EMAIL");
    assertThat(f.warnings()).isEmpty();
    assertThat(f.defaultLanguage()).isEqualTo(FormLanguage.UNSPECIFIED);
  }

  @Test
  void readsAUyghurForm() {
    FormDefinition f = XlsForm.parse(SampleForms.uyghur().build());

    assertThat(f.title()).isEqualTo("گۇۋاھ سوئاللىرى");
    assertThat(f.defaultLanguage().code()).isEqualTo("ug");
    assertThat(f.defaultLanguage().name()).isEqualTo("Uyghur");
    assertThat(f.languages()).extracting(FormLanguage::key).containsExactly("ug");
    Question name = f.question("name").orElseThrow();
    assertThat(name.label().resolve("en", f.defaultLanguage().key())).as("English falls back to Uyghur")
        .isEqualTo("ئىسمىڭىز نېمە؟");
    assertThat(name.target()).isEqualTo(MappingTarget.RESPONDENT_NAME);
    Question year = f.question("birth_year").orElseThrow();
    assertThat(year.constraintMessage().in("ug").orElseThrow()).startsWith("\u200F").contains("١٩٠٠");
    assertThat(year.target()).isEqualTo(MappingTarget.RESPONDENT_BIRTH);
    assertThat(f.choiceList("sex").orElseThrow().choice("FEMALE").orElseThrow().label().in("ug")).hasValue("ئايال");
    assertThat(f.language("ug-CN")).isEqualTo(f.defaultLanguage());
    assertThat(f.language("Uyghur")).isEqualTo(f.defaultLanguage());
  }

  @Test
  void readsSixLanguagesGroupsAndARepeat() {
    FormDefinition f = XlsForm.parse(SampleForms.multilingual().build());

    assertThat(f.languages()).extracting(FormLanguage::code).containsExactly("en", "ug", "kk", "ru", "tr", "zh");
    assertThat(f.defaultLanguage().code()).isEqualTo("en");
    Question residence = f.question("residence").orElseThrow();
    assertThat(residence.path()).containsExactly("about_you");
    assertThat(residence.label().resolve("kk", "en")).isEqualTo("Қазір қайда тұрасыз?");
    assertThat(residence.label().resolve("zh", "en")).isEqualTo("您现在住在哪里？");
    assertThat(f.question("relatives_count").orElseThrow().constraintMessage().resolve("tr", "en")).isEqualTo("0 ile 20 arası");
    Group relatives = f.repeats().get(0);
    assertThat(relatives.relevant().canonical()).isEqualTo("(${relatives_count} > 0)");
    assertThat(relatives.repeatCount().references()).containsExactly("relatives_count");
    assertThat(f.question("detained_when").orElseThrow().target()).isEqualTo(MappingTarget.DETENTION_DATE);
    assertThat(f.choiceList("statuses").orElseThrow().choice("IN_CAMP").orElseThrow().label().resolve("ru", "en"))
        .isEqualTo("В лагере");
    assertThat(f.language("fr")).as("unknown language: the default").isEqualTo(f.defaultLanguage());
  }

  @Test
  void readsCascadingSelectsWithChoiceColumns() {
    FormDefinition f = XlsForm.parse(SampleForms.cascading().build());
    Question city = f.question("host_city").orElseThrow();
    assertThat(city.choiceFilter().canonical()).isEqualTo("(country = ${host_country})");
    assertThat(f.choiceList("cities").orElseThrow().columns()).containsExactly("country");
    assertThat(f.choiceList("cities").orElseThrow().choice("almaty").orElseThrow().columns()).containsEntry("country", "KZ");
  }

  @Test
  void matchesSheetsAndHeadersIgnoringCaseAndBlanks() {
    byte[] x = XlsxBuilder.create()
        .sheet(" Survey ").row(" TYPE ", "Name", "Label::English (EN)", "Required Message", "BIND::guwah:field",
            "jr:constraintMsg", "constraint", "DEFAULT")
        .row("select one yes_no", "q", "Question?", "Answer please")
        .row("Begin Group", "g", "Group")
        .row("text", "t", "Text", null, "respondent.name")
        .row("date", "d", "Date", null, null, "Not before 2000", ". >= '2000-01-01'", SampleForms.date(2017, 3, 15))
        .row("End Group")
        .sheet("CHOICES").row("List Name", "NAME", "LABEL::English (en)").row("yes_no", "yes", "Yes")
        .build();
    FormDefinition f = XlsForm.parse(x);
    assertThat(f.question("q").orElseThrow().type()).isEqualTo(QuestionType.SELECT_ONE);
    assertThat(f.question("q").orElseThrow().label().in("en")).hasValue("Question?");
    assertThat(f.question("q").orElseThrow().requiredMessage().resolve("en", "en")).isEqualTo("Answer please");
    assertThat(f.question("t").orElseThrow().path()).containsExactly("g");
    assertThat(f.question("t").orElseThrow().target()).isEqualTo(MappingTarget.RESPONDENT_NAME);
    Question d = f.question("d").orElseThrow();
    assertThat(d.constraintMessage().resolve("en", "en")).isEqualTo("Not before 2000");
    assertThat(d.defaultValue()).as("a date-formatted cell reads as ISO text").isEqualTo("2017-03-15");
  }

  @Test
  void aFormulaLabelStaysPlainTextAndIsFlagged() {
    byte[] x = XlsxBuilder.create()
        .sheet("survey").row("type", "name", "label")
        .row("text", "q", new Formula("HYPERLINK(\"http://qanari.example/x\",\"Click for help\")", "Click for help"))
        .row("note", "n", new Formula("CONCAT(\"a\",\"b\")", null))
        .row("text", "r", "Plain")
        .build();
    // the note's formula has no saved result: an empty label is an error, so check the warning on a valid form first
    byte[] valid = XlsxBuilder.create()
        .sheet("survey").row("type", "name", "label")
        .row("text", "q", new Formula("HYPERLINK(\"http://qanari.example/x\",\"Click for help\")", "Click for help"))
        .build();
    FormDefinition f = XlsForm.parse(valid);
    assertThat(f.question("q").orElseThrow().label().resolve("", "")).isEqualTo("Click for help");
    assertThat(f.warnings()).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo("survey!C2 (label)");
      assertThat(w.message()).contains("formula").contains("plain text");
    });
    InvalidFormException e = XlsFormErrorsTest.errors(x);
    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("survey!C3 (label)"));
    assertThat(e.warnings()).extracting(FormProblem::location).containsExactly("survey!C2 (label)", "survey!C3 (label)");
  }

  @Test
  void warnsAboutHarmlessLeftovers() {
    byte[] x = XlsxBuilder.create()
        .sheet("survey").row("type", "name", "label::English (en)", "label::Uyghur (ug)", "appearance", "comments")
        .row("text", "a", "A", "ئا", "multiline sparkle", "note for authors")
        .row("text", "b", "B", null)
        .sheet("choices").row("list_name", "name", "label").row("unused", "x", "X")
        .sheet("settings").row("form_id", "style").row("f", "pages")
        .build();
    FormDefinition f = XlsForm.parse(x);
    assertThat(f.question("a").orElseThrow().appearance()).containsExactly("multiline");
    assertThat(f.warnings()).extracting(FormProblem::toString).containsExactly(
        "warning survey column F (comments): column is for form authors only; ignored",
        "warning survey!E2 (appearance): appearance 'sparkle' is not supported; ignored",
        "warning survey!D3 (label::Uyghur (ug)): 1 label has no Uyghur (ug) text; another language is shown instead",
        "warning choices row 2: list 'unused' is not used by any question",
        "warning settings!B2 (style): setting 'style' is ignored");
    assertThat(f.warnings()).allMatch(w -> w.severity() == Severity.WARNING);
  }

  @Test
  void readsTheCommittedFixtures() throws Exception {
    for (String name : List.of("uyghur-intake.xlsx", "relatives-multilingual.xlsx", "broken-structure.xlsx")) {
      byte[] bytes;
      try (var in = getClass().getResourceAsStream("/org/guwah/forms/" + name)) {
        assertThat(in).as(name).isNotNull();
        bytes = in.readAllBytes();
      }
      if (name.startsWith("broken")) {
        InvalidFormException e = XlsFormErrorsTest.errors(bytes);
        assertThat(e.errors()).extracting(FormProblem::location).contains("survey!A4 (type)", "survey!B5 (name)");
      } else {
        assertThat(XlsForm.parse(bytes).questions()).isNotEmpty();
      }
    }
  }

  @Test
  void readsTheRespondentsQuestionnaire() {
    FormDefinition f = XlsForm.parse(SampleForms.respondent().build());
    assertThat(f.languages()).extracting(FormLanguage::code).containsExactly("en", "ug", "ru");
    assertThat(f.repeats()).extracting(Group::name).containsExactly("relatives");
    assertThat(f.question("what_happened").orElseThrow().relevant()).as("inherits its group's relevance").isNull();
    assertThat(f.question("relation").orElseThrow().target()).isEqualTo(MappingTarget.RELATIVE_RELATIONSHIP);
  }

  @Test
  void readsAKazakhFormWithNestedRepeatsAndDecimals() {
    FormDefinition f = XlsForm.parse(XlsxBuilder.create()
        .sheet("survey")
        .row("type", "name", "label::Kazakh (kk)", "label::Chinese (zh)", "constraint", "relevant", "guwah")
        .row("begin_group", "family", "Отбасы", "家庭")
        .row("begin_repeat", "members", "Отбасы мүшесі", "家庭成员")
        .row("text", "member_name", "Аты-жөні", "姓名", null, null, "relative.name")
        .row("decimal", "weight_lost", "Қанша кило арықтады?", "体重减少了多少公斤？", ". >= 0 and . < 100")
        .row("begin_repeat", "detentions", "Ұсталу", "拘押", null, null)
        .row("date", "detained_on", "Қашан?", "什么时候？", ". <= today()", null, "detention.date")
        .row("end_repeat")
        .row("end_repeat")
        .row("end_group")
        .sheet("settings").row("form_title", "form_id", "default_language").row("Отбасы", "family_kk", "Kazakh (kk)")
        .build());
    assertThat(f.defaultLanguage().code()).isEqualTo("kk");
    assertThat(f.repeats()).extracting(Group::name).containsExactly("members", "detentions");
    assertThat(f.question("detained_on").orElseThrow().repeatPath()).containsExactly("members", "detentions");
    assertThat(f.question("weight_lost").orElseThrow().type()).isEqualTo(QuestionType.DECIMAL);
  }

  @Test
  void readsATurkishFormWithOtherChoicesAndHints() {
    FormDefinition f = XlsForm.parse(XlsxBuilder.create()
        .sheet("survey")
        .row("type", "name", "label::Türkçe (tr)", "hint::Türkçe (tr)", "required", "relevant")
        .row("select_one kanal", "kanal", "Size nasıl ulaştılar?", "Birini seçin", "yes")
        .row("text", "kanal_diger", "Başka bir yol ise hangisi?", null, "yes", "${kanal} = 'OTHER'")
        .row("select_multiple taktik", "taktik", "Ne yaptılar?", "Hepsini seçin")
        .row("note", "tesekkur", "Teşekkürler.")
        .sheet("choices")
        .row("list_name", "name", "label::Türkçe (tr)")
        .row("kanal", "WECHAT", "WeChat").row("kanal", "PHONE_CALL", "Telefon").row("kanal", "OTHER", "Başka")
        .row("taktik", "THREAT_FAMILY", "Aileme tehdit").row("taktik", "PRESSURE_TO_RETURN", "Dönme baskısı")
        .sheet("settings").row("form_title", "form_id").row("Baskı anketi", "baski_tr")
        .build());
    assertThat(f.title()).isEqualTo("Baskı anketi");
    assertThat(f.question("kanal_diger").orElseThrow().relevant()).isNotNull();
    assertThat(f.choicesOf(f.question("taktik").orElseThrow()).choices()).hasSize(2);
    assertThat(f.question("kanal").orElseThrow().hint().in("tr")).contains("Birini seçin");
  }
}
