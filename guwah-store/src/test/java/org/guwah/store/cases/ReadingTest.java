package org.guwah.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.guwah.store.cases.internal.IncidentMapping;
import org.guwah.store.cases.internal.PersonMapping;
import org.guwah.store.cases.internal.SqlText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReadingTest {
  static final UUID ACCOUNT = UUID.fromString("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001");

  @Test
  void purposesMustBeConsentPurposeCodes() {
    assertThatThrownBy(() -> Rows.usableFor("internal_analysis")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reading.forPurpose("EVERYTHING")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rows.usableFor(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Rows.usableFor("UN_SUBMISSION")).isEqualTo(Rows.usableFor("UN_SUBMISSION"));
  }

  @Test
  void valuesAreBoundNeverWrittenIntoTheSql() {
    Rows rows = Rows.createdBy(ACCOUNT).or(Rows.usableFor("UN_SUBMISSION"))
        .and(Rows.sharedWith(ACCOUNT).not()).or(Rows.ids(Set.of(ACCOUNT)));
    SqlText sql = new SqlText();
    rows.appendTo(sql, new PersonMapping(JsonMapper.builder().build()), "rec");
    assertThat(sql.text()).doesNotContain(ACCOUNT.toString()).doesNotContain("UN_SUBMISSION")
        .doesNotContain("'person'").contains("person_usable(", "rec.created_by", "record_share", "not (");
    assertThat(sql.toString()).contains("6 bound values").doesNotContain(ACCOUNT.toString());
  }

  @Test
  void eachKindDecidesUsabilityAndProtectionByItsOwnFunction() {
    SqlText sql = new SqlText();
    Rows.usableFor("PARTNER_SHARING").and(Rows.involvingProtectedThirdParty()).appendTo(sql, new IncidentMapping(), "rec");
    assertThat(sql.text()).contains("incident_usable(target_person_id, relative_ids, source_ids, ?)", "any_person_protected(");
  }

  @Test
  void trivialConditionsSimplify() {
    Rows mine = Rows.createdBy(ACCOUNT);
    assertThat(Rows.all().and(mine)).isSameAs(mine);
    assertThat(Rows.none().or(mine)).isSameAs(mine);
    assertThat(mine.or(Rows.all()).isAll()).isTrue();
    assertThat(mine.and(Rows.none()).isNone()).isTrue();
    assertThat(Rows.ids(Set.of()).isNone()).isTrue();
    assertThat(Rows.all().not().isNone()).isTrue();
  }

  @Test
  void theFactoriesSayWhatTheyShow() {
    assertThat(Reading.everything()).isEqualTo(Reading.of(Rows.all(), Rows.all()));
    assertThat(Reading.analyst().full().isNone()).isTrue();
    assertThat(Reading.analyst().visible()).isEqualTo(Rows.usableFor("INTERNAL_ANALYSIS"));
    assertThat(Reading.documenter(ACCOUNT).full()).isEqualTo(Rows.createdBy(ACCOUNT));
    assertThat(Reading.documenter(ACCOUNT).visible())
        .isEqualTo(Rows.createdBy(ACCOUNT).or(Rows.usableFor("INTERNAL_ANALYSIS")));
    assertThat(Reading.partner(ACCOUNT).visible())
        .isEqualTo(Rows.sharedWith(ACCOUNT).and(Rows.usableFor("PARTNER_SHARING")));
    assertThat(Reading.partner(ACCOUNT).full()).isEqualTo(Rows.involvingProtectedThirdParty().not());
    assertThat(Reading.analystWithUnlocks(Set.of()).full().isNone()).isTrue();
  }

  @Test
  void aReadingNamesItsConditionsButNotTheUnlockedIds() {
    UUID unlocked = UUID.randomUUID();
    String text = Reading.analystWithUnlocks(Set.of(unlocked, UUID.randomUUID())).toString();
    assertThat(text).contains("usableFor(INTERNAL_ANALYSIS)", "ids(<2>)").doesNotContain(unlocked.toString());
  }
}
