package org.guwah.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.forms.xlsx.XlsxLimits;
import org.junit.jupiter.api.Test;

class XlsFormErrorsTest {

  static InvalidFormException errors(byte[] xlsx) {
    try {
      XlsForm.parse(xlsx);
    } catch (InvalidFormException e) {
      assertThat(e.getMessage()).doesNotContain("qanari");
      for (FormProblem p : e.errors()) {
        assertThat(p.toString()).doesNotContain("\n");
      }
      return e;
    }
    throw new AssertionError("the form was accepted");
  }

  private static XlsxBuilder survey(Object... header) {
    return XlsxBuilder.create().sheet("survey").row(header);
  }

  @Test
  void refusesUnsupportedTypesByRowAndColumn() {
    byte[] x = survey("name", "type", "label")
        .row("where", "geopoint", "Where?")
        .row("photo", "image", "Photo")
        .row("calc", "calculate", "x")
        .row("city", "select_one_from_file cities.csv", "City")
        .row("other", "select_one yes_no or_other", "Other")
        .row("odd", "sparkle", "?")
        .row("ok", "text", "OK")
        .sheet("choices").row("list_name", "name", "label").row("yes_no", "yes", "Yes")
        .build();
    InvalidFormException e = errors(x);
    assertThat(e.errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!B2 (type): type 'geopoint' is not supported (supported: text, integer, decimal, date, select_one, select_multiple, note, begin/end group, begin/end repeat)",
        "error survey!B3 (type): type 'image' is not supported (supported: text, integer, decimal, date, select_one, select_multiple, note, begin/end group, begin/end repeat)",
        "error survey!B4 (type): type 'calculate' is not supported (supported: text, integer, decimal, date, select_one, select_multiple, note, begin/end group, begin/end repeat)",
        "error survey!B5 (type): type 'select_one_from_file' is not supported (supported: text, integer, decimal, date, select_one, select_multiple, note, begin/end group, begin/end repeat)",
        "error survey!B6 (type): 'or_other' is not supported; add an 'other' choice and a text question instead",
        "error survey!B7 (type): type 'sparkle' is not known");
    assertThat(e.getMessage()).startsWith("the form has 6 errors; first: error survey!B2 (type)");
  }

  @Test
  void refusesColumnsThatChangeMeaningWhereRowsUseThem() {
    byte[] x = survey("type", "name", "label", "calculation", "trigger", "parameters", "media::image::English (en)", "read_only")
        .row("text", "a", "A", null, null, null, null, null)
        .row("text", "b", "B", "1 + 1")
        .row("text", "c", "C", null, "${a}")
        .row("integer", "d", "D", null, null, "start=1")
        .row("note", "e", "E", null, null, null, "qanari.png")
        .row("text", "f", "F", null, null, null, null, "yes")
        .build();
    InvalidFormException e = errors(x);
    assertThat(e.errors()).extracting(FormProblem::location).containsExactly(
        "survey!D3 (calculation)", "survey!E4 (trigger)", "survey!F5 (parameters)", "survey!G6 (media::image::English (en))",
        "survey!H7 (read_only)");
    assertThat(e.errors().get(0).message()).contains("not supported").contains("change what the form does");
  }

  @Test
  void refusesBadAndDuplicateNames() {
    byte[] x = survey("type", "name", "label")
        .row("text", "age", "Age")
        .row("text", "age", "Age again")
        .row("text", "my field", "Spaces")
        .row("text", "1st", "Digit first")
        .row("text", null, "No name")
        .row("begin_group", "age", "Group named like a field")
        .row("end_group")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!B3 (name): the name 'age' is already used at row 2",
        "error survey!B4 (name): 'my field' is not a valid name: start with a letter or _, then letters, digits, _ . - (at most 64 characters, no spaces)",
        "error survey!B5 (name): '1st' is not a valid name: start with a letter or _, then letters, digits, _ . - (at most 64 characters, no spaces)",
        "error survey!B6 (name): the question has no name",
        "error survey!B7 (name): the name 'age' is already used at row 2");
  }

  @Test
  void refusesUnmatchedBeginAndEnd() {
    byte[] x = survey("type", "name", "label")
        .row("end_group")
        .row("begin_group", "g", "G")
        .row("text", "a", "A")
        .row("end_repeat")
        .row("begin_repeat", "r", "R")
        .row("text", "b", "B")
        .row("begin group", "open", "Never closed")
        .row("text", "c", "C")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!A2 (type): end_group has no matching begin_group",
        "error survey!A5 (type): end_repeat closes begin_group 'g' (row 3)",
        "error survey!A6 (type): begin_repeat 'r' is never closed (no end_repeat)",
        "error survey!A8 (type): begin_group 'open' is never closed (no end_group)");
  }

  @Test
  void refusesSelectsWithoutListsAndBrokenChoices() {
    byte[] x = survey("type", "name", "label")
        .row("select_one", "a", "No list")
        .row("select_multiple missing", "b", "Missing list")
        .row("select_one colours", "c", "Colours")
        .sheet("choices").row("list_name", "name", "label")
        .row("colours", "red", "Red")
        .row("colours", "red", "Red again")
        .row("colours", "dark blue", "Spaces")
        .row("colours", "green", null)
        .row(null, "orphan", "No list")
        .row("colours", null, "No name")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!A2 (type): select_one needs a choice list: select_one LIST_NAME",
        "error survey!A3 (type): choice list 'missing' is not in the choices sheet",
        "error choices!B3 (name): choice 'red' appears twice in list 'colours' (first at row 2)",
        "error choices!B4 (name): choice name 'dark blue' must have no spaces or control characters (at most 100 characters)",
        "error choices!C5 (label): choice 'green' of list 'colours' has no label",
        "error choices!A6 (list_name): the choice has no list_name",
        "error choices!B7 (name): the choice has no name");
  }

  @Test
  void refusesAListWhenThereIsNoChoicesSheet() {
    byte[] x = survey("type", "name", "label").row("select_one yes_no", "a", "A?").build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!A2 (type): choice list 'yes_no' is not in the workbook (there is no choices sheet)");
  }

  @Test
  void refusesEmptyLabels() {
    byte[] x = survey("type", "name", "label::English (en)", "label::Uyghur (ug)")
        .row("text", "a", null, null)
        .row("note", "b", "  ", null)
        .row("text", "c", null, "ئا")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!C2 (label::English (en)): the question 'a' has no label",
        "error survey!C3 (label::English (en)): the note 'b' has no label");
  }

  @Test
  void refusesUnknownReferencesAndSyntaxErrorsWithPositions() {
    byte[] x = survey("type", "name", "label", "relevant", "constraint", "hint")
        .row("integer", "age", "Age", null, ". > 0 and . < ")
        .row("text", "a", "A ${nobody}", "${ghost} = 'x'")
        .row("text", "b", "B", "${age} > 18 and", null, "See ${age}")
        .row("text", "c", "C", "/data/age > 3")
        .row("text", "d", "D", "foo(${age})")
        .row("text", "e", "E", "regex(., '[unclosed')")
        .row("text", "f", "F", "position(..) = 1")
        .row("text", "g", "G", "age > 3")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!E2 (constraint): constraint: expression ends too early (at character 14)",
        "error survey!C3 (label): ${nobody} refers to no field of this form",
        "error survey!D3 (relevant): relevant: ${ghost} refers to no field of this form (at character 1)",
        "error survey!D4 (relevant): relevant: expression ends too early (at character 16)",
        "error survey!D5 (relevant): relevant: paths like /data/x are not supported; use ${name} (and 'div' to divide) (at character 1)",
        "error survey!D6 (relevant): relevant: function 'foo' is not supported (at character 1)",
        "error survey!D7 (relevant): relevant: regex() pattern is invalid near its character 9 (at character 1)",
        "error survey!D8 (relevant): relevant: position(..) is only meaningful inside a repeat (at character 1)",
        "error survey!D9 (relevant): relevant: unexpected name 'age': write ${age} for a field, or quote text as 'age' (at character 1)");
  }

  @Test
  void refusesMeaninglessColumnsOnGroupsAndNotes() {
    byte[] x = survey("type", "name", "label", "constraint", "repeat_count", "choice_filter", "default")
        .row("begin_group", "g", "G", ". > 1")
        .row("note", "n", "N", ". > 1")
        .row("text", "t", "T", null, "3")
        .row("integer", "i", "I", null, null, "x = 1")
        .row("integer", "j", "J", null, null, null, "many")
        .row("date", "k", "K", null, null, null, "today()")
        .row("end_group")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!D2 (constraint): column 'constraint' has no meaning on a group",
        "error survey!D3 (constraint): a note takes no answer; 'constraint' has no meaning",
        "error survey!E4 (repeat_count): repeat_count is only for begin_repeat",
        "error survey!F5 (choice_filter): choice_filter is only for select questions",
        "error survey!G6 (default): default must be a whole number",
        "error survey!G7 (default): dynamic defaults (expressions) are not supported; use a fixed value");
  }

  @Test
  void refusesBadMappings() {
    byte[] x = survey("type", "name", "label", "guwah", "relevant")
        .row("text", "who", "Who?", "respondent.nmae")
        .row("integer", "sex", "Sex?", "respondent.sex")
        .row("text", "rel", "Relative outside a repeat", "relative.name")
        .row("begin_repeat", "family", "Family")
        .row("text", "me", "Your name", "respondent.name")
        .row("text", "n1", "Name", "relative.name")
        .row("text", "n2", "Name again", "relative.name")
        .row("text", "n3", "Other name", "relative.name", "${n1} = ''")
        .row("select_one statuses", "st", "Status", "detention.status")
        .row("end_repeat")
        .row("select_one countries", "host", "Country", "respondent.country_of_residence")
        .row("note", "hello", "Hello", "source.testimony")
        .sheet("choices").row("list_name", "name", "label")
        .row("statuses", "IN_CAMP", "Camp")
        .row("statuses", "in_prison", "Prison")
        .row("countries", "TR", "Turkey")
        .row("countries", "Turkey", "Turkey (name)")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error survey!D2 (guwah): 'respondent.nmae' is not a mapping target; the respondent targets are respondent.name, "
            + "respondent.sex, respondent.birth, respondent.ethnicity, respondent.country_of_residence, respondent.home_country, "
            + "respondent.home_county_code, respondent.home_locality, respondent.id_number, respondent.identity_level, "
            + "respondent.consent, respondent.notes",
        "error survey!D3 (guwah): respondent.sex takes a select_one question, not integer",
        "error survey!D4 (guwah): relative.name must be inside a repeat (one relative per repeat instance)",
        "error survey!D6 (guwah): respondent.name must not be inside a repeat (there is one respondent per submission)",
        "error survey!D8 (guwah): relative.name is already filled by 'n1' (row 7); give this question a relevant condition to make it an alternative",
        "error survey!D13 (guwah): a note takes no answer; 'guwah' has no meaning",
        "error choices!B3 (name): choice 'in_prison' of list 'statuses' is not a code of the detention_status vocabulary ('st' is mapped to detention.status)",
        "error choices!B5 (name): choice 'Turkey' of list 'countries' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. TR) ('host' is mapped to respondent.country_of_residence)");
  }

  @Test
  void refusesBadSettings() {
    byte[] x = XlsxBuilder.create()
        .sheet("survey").row("type", "name", "label::English (en)").row("text", "a", "A")
        .sheet("settings").row("form_id", "default_language", "public_key", "submission_url")
        .row("my form", "Uyghur (ug)", "MIIBIjANBgkq", "https://example.org/submit")
        .build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString).containsExactly(
        "error settings!A2 (form_id): form_id must be a name (letters, digits, _ . -; no spaces)",
        "error settings!B2 (default_language): default_language 'Uyghur (ug)' is not a language of the form's labels (English (en))",
        "error settings!C2 (public_key): setting 'public_key' is not supported (Guwah encrypts answers itself; the form would promise another scheme)",
        "error settings!D2 (submission_url): setting 'submission_url' is not supported");
  }

  @Test
  void reportsEveryProblemOfABadFormAtOnceInSheetOrder() {
    byte[] x = XlsxBuilder.create()
        .sheet("choices").row("list_name", "name", "label").row("l", "a", "A").row("l", "a", "A")
        .sheet("survey").row("type", "name", "label").row("geopoint", "g", "G").row("text", "g2", null)
        .row("select_one l", "s", "S")
        .build();
    InvalidFormException e = errors(x);
    assertThat(e.errors()).extracting(FormProblem::location)
        .containsExactly("survey!A2 (type)", "survey!C3 (label)", "choices!B3 (name)");
  }

  @Test
  void refusesWorkbooksWithoutASurveyAndFilesThatAreNoWorkbooks() {
    byte[] x = XlsxBuilder.create().sheet("Sheet1").row("type", "name").build();
    assertThat(errors(x).errors()).extracting(FormProblem::toString)
        .containsExactly("error file: the workbook has no 'survey' sheet (its sheets: 'Sheet1')");
    byte[] empty = XlsxBuilder.create().sheet("survey").row("type", "name", "label").build();
    assertThat(errors(empty).errors()).extracting(FormProblem::toString)
        .containsExactly("error survey: the survey sheet has no questions");
    byte[] csv = "type,name,label\ntext,q,Question\n".getBytes(StandardCharsets.UTF_8);
    assertThat(errors(csv).errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("file");
      assertThat(p.message()).contains("text (CSV) file");
    });
  }

  @Test
  void refusesUnsafeOrOversizedWorkbooksAsFileErrors() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&e;</t></si></sst>";
    byte[] unsafe = survey("type", "name", "label").row("text", "a", "A").replacePart("xl/sharedStrings.xml", xxe).build();
    assertThat(errors(unsafe).errors()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("DOCTYPE").contains("XXE"));

    XlsxBuilder big = survey("type", "name", "label");
    for (int i = 0; i < 30; i++) {
      big.row("text", "q" + i, "Question " + i);
    }
    assertThatThrownBy(() -> XlsForm.parse(big.build(), XlsxLimits.forms().withMaxRows(20)))
        .isInstanceOfSatisfying(InvalidFormException.class,
            e -> assertThat(e.errors().get(0).message()).isEqualTo("sheet 'survey': has more than 20 rows"));

    byte[] longCell = survey("type", "name", "label").row("text", "a", "qanari ".repeat(2000)).build();
    assertThatThrownBy(() -> XlsForm.parse(longCell))
        .isInstanceOfSatisfying(InvalidFormException.class, e -> {
          assertThat(e.errors().get(0).message()).isEqualTo("sheet 'survey' cell C2: holds more than 8000 characters");
          assertThat(e.getMessage()).doesNotContain("qanari");
        });

    String padding = " ".repeat(8 << 20);
    byte[] bomb = survey("type", "name", "label").row("text", "a", "A")
        .replacePart("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + padding + "<sheetData/></worksheet>")
        .build();
    assertThat(errors(bomb).errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("zip bomb"));
  }
}
