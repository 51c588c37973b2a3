package org.guwah.forms.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.guwah.core.time.FuzzyDate;
import org.guwah.forms.MappingEntity;
import org.guwah.forms.MappingTarget;
import org.guwah.forms.XlsForm;
import org.guwah.forms.submission.RawAnswers;
import org.guwah.forms.submission.Submission;
import org.guwah.forms.submission.SubmissionLimits;
import org.guwah.forms.submission.SubmissionResult;
import org.guwah.forms.submission.SubmissionValidator;
import org.guwah.forms.testing.XlsxBuilder;
import org.junit.jupiter.api.Test;

class MappedCaseTest {
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 5, 17).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /** A full intake: respondent, source, relatives with their detentions and contacts, incidents. */
  static XlsxBuilder intake() {
    return XlsxBuilder.create()
        .sheet("survey").row("type", "name", "label", "relevant", "appearance", "guwah")
        .row("text", "my_name", "Your name (any form you like)", null, null, "respondent.name")
        .row("select_one sex", "my_sex", "Sex", null, null, "respondent.sex")
        .row("select_one yes_no", "knows_date", "Do you know your exact birth date?")
        .row("date", "birth_date", "Birth date", "${knows_date} = 'yes'", null, "respondent.birth")
        .row("text", "birth_approx", "About when were you born?", "${knows_date} = 'no'", null, "respondent.birth")
        .row("select_one countries", "residence", "Country you live in", null, null, "respondent.country_of_residence")
        .row("select_multiple purposes", "consent", "You allow us to use this for", null, null, "respondent.consent")
        .row("select_one languages", "language", "Language of this interview", null, null, "source.language")
        .row("text", "story", "Tell us what happened", null, "multiline", "source.testimony")
        .row("begin_repeat", "family", "Relative")
        .row("text", "rel_name", "Name", null, null, "relative.name")
        .row("select_one relations", "rel_kind", "Relation", null, null, "relative.relationship")
        .row("integer", "rel_born", "Birth year", null, null, "relative.birth")
        .row("begin_repeat", "detentions", "Detention")
        .row("select_one statuses", "det_status", "Status", null, null, "detention.status")
        .row("date", "det_since", "Since (month)", null, "month-year", "detention.date")
        .row("select_multiple reasons", "det_reasons", "Reasons given", null, null, "detention.reason")
        .row("select_one reasons", "det_main", "Main reason", null, null, "detention.reason")
        .row("end_repeat")
        .row("begin_repeat", "rel_contacts", "Contact")
        .row("select_one contact_kinds", "c_kind", "Kind", null, null, "contact.kind")
        .row("text", "c_value", "Number or handle", null, null, "contact.value")
        .row("end_repeat")
        .row("end_repeat")
        .row("begin_repeat", "incidents", "Incident")
        .row("select_multiple tactics", "tactics", "What happened?", null, null, "incident.tactic")
        .row("select_one yes_no", "asked_spy", "Were you asked to inform on others?")
        .row("select_one tactics", "main_tactic", "Main tactic", "${asked_spy} = 'yes'", null, "incident.tactic")
        .row("date", "inc_date", "When?", null, "year", "incident.date")
        .row("text", "inc_city", "City", null, null, "incident.host_city")
        .row("text", "inc_story", "What was said?", null, "multiline", "incident.narrative")
        .row("end_repeat")
        .sheet("choices").row("list_name", "name", "label")
        .row("sex", "FEMALE", "Female").row("sex", "MALE", "Male")
        .row("yes_no", "yes", "Yes").row("yes_no", "no", "No")
        .row("countries", "NL", "Netherlands").row("countries", "TR", "Turkey")
        .row("purposes", "INTERNAL_ANALYSIS", "Analysis").row("purposes", "AGGREGATE_STATISTICS", "Statistics")
        .row("languages", "ug", "Uyghur").row("languages", "en", "English")
        .row("relations", "PARENT", "Parent").row("relations", "SIBLING", "Sibling")
        .row("statuses", "IN_CAMP", "Camp").row("statuses", "SENTENCED", "Sentenced")
        .row("reasons", "RELATIVE_ABROAD", "Relative abroad").row("reasons", "RELIGIOUS_PRACTICE", "Religion")
        .row("reasons", "TRAVEL_ABROAD", "Travel")
        .row("contact_kinds", "WECHAT", "WeChat").row("contact_kinds", "PHONE", "Phone")
        .row("tactics", "THREAT_FAMILY", "Threats to family").row("tactics", "INFORMANT_RECRUIT", "Asked to inform")
        .row("tactics", "INFO_DEMAND", "Demands for information");
  }

  private static Submission submit(RawAnswers raw) {
    SubmissionResult r = SubmissionValidator.create(XlsForm.parse(intake().build()), CLOCK, SubmissionLimits.defaults())
        .validate(raw, "en");
    assertThat(r.problems()).isEmpty();
    return r.submission();
  }

  @Test
  void mapsEveryRecordWithOwnersAndTypedValues() {
    RawAnswers raw = RawAnswers.builder()
        .put("my_name", "Qanari\nTursun ")
        .put("my_sex", "FEMALE")
        .put("knows_date", "no")
        .put("birth_date", "1980-01-01")
        .put("birth_approx", "early 1985")
        .put("residence", "NL")
        .put("consent", "INTERNAL_ANALYSIS AGGREGATE_STATISTICS")
        .put("language", "ug")
        .put("story", "Line one\nLine two")
        .put("family[1]/rel_name", "Canarybek Qanariyev")
        .put("family[1]/rel_kind", "PARENT")
        .put("family[1]/rel_born", "1956")
        .put("family[1]/detentions[1]/det_status", "IN_CAMP")
        .put("family[1]/detentions[1]/det_since", "2017-04")
        .put("family[1]/detentions[1]/det_reasons", "RELATIVE_ABROAD TRAVEL_ABROAD")
        .put("family[1]/detentions[1]/det_main", "RELIGIOUS_PRACTICE")
        .put("family[1]/detentions[2]/det_status", "SENTENCED")
        .put("family[1]/rel_contacts[1]/c_kind", "WECHAT")
        .put("family[1]/rel_contacts[1]/c_value", "qanari_wx")
        .put("family[2]/rel_kind", "SIBLING")
        .put("incidents[1]/tactics", "THREAT_FAMILY")
        .put("incidents[1]/asked_spy", "yes")
        .put("incidents[1]/main_tactic", "INFORMANT_RECRUIT")
        .put("incidents[1]/inc_date", "2019")
        .put("incidents[1]/inc_city", "Amsterdam")
        .put("incidents[1]/inc_story", "They called\nagain")
        .build();
    MappedCase c = MappedCase.from(submit(raw));

    MappedRecord me = c.respondent();
    assertThat(me.value(MappingTarget.RESPONDENT_NAME).orElseThrow().text()).as("single line").isEqualTo("Qanari Tursun");
    assertThat(me.value(MappingTarget.RESPONDENT_SEX).orElseThrow().code()).isEqualTo("FEMALE");
    assertThat(me.value(MappingTarget.RESPONDENT_BIRTH).orElseThrow().fuzzyDate())
        .as("the irrelevant exact date is dropped; the fallback fills the target").isEqualTo(FuzzyDate.parse("early 1985"));
    assertThat(me.value(MappingTarget.RESPONDENT_COUNTRY_OF_RESIDENCE).orElseThrow().code()).isEqualTo("NL");
    assertThat(me.value(MappingTarget.RESPONDENT_CONSENT).orElseThrow().codes())
        .containsExactly("INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS");
    assertThat(c.source().value(MappingTarget.SOURCE_LANGUAGE).orElseThrow().code()).isEqualTo("ug");
    assertThat(c.source().value(MappingTarget.SOURCE_TESTIMONY).orElseThrow().text()).isEqualTo("Line one\nLine two");

    assertThat(c.records()).extracting(MappedRecord::key).containsExactly(
        "relative@family[1]", "detention@family[1]/detentions[1]", "detention@family[1]/detentions[2]",
        "contact@family[1]/rel_contacts[1]", "relative@family[2]", "incident@incidents[1]");
    MappedRecord parent = c.records(MappingEntity.RELATIVE).get(0);
    assertThat(parent.ownerKey()).hasValue("respondent");
    assertThat(parent.value(MappingTarget.RELATIVE_BIRTH).orElseThrow().fuzzyDate()).isEqualTo(FuzzyDate.ofYear(1956));
    MappedRecord camp = c.records(MappingEntity.DETENTION).get(0);
    assertThat(camp.ownerKey()).hasValue("relative@family[1]");
    assertThat(camp.value(MappingTarget.DETENTION_DATE).orElseThrow().fuzzyDate()).isEqualTo(FuzzyDate.parse("2017-04"));
    assertThat(camp.value(MappingTarget.DETENTION_REASON).orElseThrow().codes()).as("two questions, one union")
        .containsExactly("RELATIVE_ABROAD", "TRAVEL_ABROAD", "RELIGIOUS_PRACTICE");
    assertThat(c.records(MappingEntity.CONTACT).get(0).ownerKey()).hasValue("relative@family[1]");
    assertThat(c.records(MappingEntity.CONTACT).get(0).value(MappingTarget.CONTACT_VALUE).orElseThrow().text())
        .isEqualTo("qanari_wx");
    MappedRecord incident = c.records(MappingEntity.INCIDENT).get(0);
    assertThat(incident.ownerKey()).hasValue("respondent");
    assertThat(incident.value(MappingTarget.INCIDENT_TACTIC).orElseThrow().codes())
        .containsExactly("THREAT_FAMILY", "INFORMANT_RECRUIT");
    assertThat(incident.value(MappingTarget.INCIDENT_DATE).orElseThrow().fuzzyDate()).isEqualTo(FuzzyDate.ofYear(2019));
    assertThat(incident.value(MappingTarget.INCIDENT_NARRATIVE).orElseThrow().text()).isEqualTo("They called\nagain");
    assertThat(incident.value(MappingTarget.INCIDENT_HOST_CITY).orElseThrow().text()).isEqualTo("Amsterdam");
  }

  @Test
  void skipsInstancesWithoutMappedAnswersAndNeverShowsValues() {
    RawAnswers raw = RawAnswers.builder()
        .put("my_name", "qanari")
        .put("knows_date", "yes")
        .put("birth_date", "1984-02-29")
        .put("incidents[1]/asked_spy", "no")
        .build();
    MappedCase c = MappedCase.from(submit(raw));
    assertThat(c.respondent().value(MappingTarget.RESPONDENT_BIRTH).orElseThrow().fuzzyDate())
        .isEqualTo(FuzzyDate.ofDay(LocalDate.of(1984, 2, 29)));
    assertThat(c.records()).as("the incident has no mapped answer").isEmpty();
    assertThat(c.source().isEmpty()).isTrue();
    MappedValue name = c.respondent().value(MappingTarget.RESPONDENT_NAME).orElseThrow();
    assertThat(name.toString() + c.respondent() + c).doesNotContain("qanari");
    assertThatThrownBy(name::code).isInstanceOf(IllegalStateException.class).hasMessageNotContaining("qanari");
  }
}
