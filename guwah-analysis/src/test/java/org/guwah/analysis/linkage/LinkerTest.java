package org.guwah.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guwah.analysis.linkage.eval.SyntheticLinkage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine on small hand-made lists, with weights learned once from a synthetic set (so that the
 * guards, not the lack of data, decide). Names, dates and IDs are synthetic.
 */
class LinkerTest {
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  static FsModel model;

  @BeforeAll
  static void learnWeights() {
    model = Linker.link(SyntheticLinkage.generate(2_000, 11).records(), options().build()).model();
  }

  static LinkOptions.Builder options() {
    return LinkOptions.builder().today(TODAY);
  }

  static String id(String county, String date, String sequence) {
    return org.guwah.analysis.linkage.internal.ComparisonTestAccess.id(county, date, sequence);
  }

  private static LinkRecord r(String id, String name, String sex, String date, String year, String place, String idNumber) {
    return LinkRecord.of(id, "test", name, sex, date, year, place, idNumber);
  }

  private static LinkResult link(List<LinkRecord> records, LinkOptions.Builder options) {
    return Linker.link(records, options.model(model).build());
  }

  @Test
  void onePersonInFourScriptsIsOneCluster() {
    String idNumber = id("653121", "19850312", "123");
    List<LinkRecord> records =
        List.of(
            r("police-1", "麦麦提·吐尔逊", "男", "", "", "疏附县", idNumber),
            r("ngo-1", "Memet Tursun", "M", "", "1985", "Konasheher", ""),
            r("kz-1", "Турсунов Мамет", "м", "12.03.1985", "", "Кашгар", ""),
            r("t-1", "مەمەت تۇرسۇن", "ئەر", "", "1986", "كوناشەھەر", ""),
            r("other", "Ilham Toxti", "M", "", "1985", "Konasheher", ""));
    LinkResult result = link(records, options());
    assertThat(result.clusterOf("ngo-1")).isEqualTo(result.clusterOf("police-1"));
    assertThat(result.clusterOf("kz-1")).isEqualTo(result.clusterOf("police-1"));
    assertThat(result.clusterOf("t-1")).isEqualTo(result.clusterOf("police-1"));
    assertThat(result.clusterOf("other")).isEqualTo("other");
    assertThat(result.clusterOf("police-1")).as("smallest record id").isEqualTo("kz-1");
    assertThat(result.clusters()).hasSize(1);
  }

  @Test
  void aNameOnlyRecordDoesNotChainNamesakesWithConflictingIds() {
    List<LinkRecord> records =
        List.of(
            r("a", "Memet Tursun", "M", "1985-03-12", "", "Konasheher", id("653121", "19850312", "123")),
            r("b", "Memet Tursun", "M", "1985-03-12", "", "Konasheher", id("653121", "19850312", "125")),
            r("c", "Memet Tursun", "M", "", "1985", "Konasheher", ""));
    LinkResult result = link(records, options());
    assertThat(result.clusterOf("a")).isNotEqualTo(result.clusterOf("b"));
    assertThat(result.links()).anySatisfy(l -> {
      assertThat(l.outcome()).isEqualTo(LinkOutcome.BLOCKED);
      assertThat(l.guard()).isEqualTo("valid_id_conflict");
    });
  }

  @Test
  void guardsKeepApartWhatContradicts() {
    List<LinkRecord> records =
        List.of(
            r("a", "Gülnar Memet", "F", "", "1970", "Aksu", ""),
            r("b", "Gülnar Memet", "M", "", "1970", "Aksu", ""),
            r("c", "Gülnar Memet", "F", "", "1990", "Aksu", ""),
            r("d", "Gülnar Memet", "F", "1970-05-01", "", "Aksu", ""),
            r("e", "Gülnar Memet", "F", "1970-11-23", "", "Aksu", ""));
    LinkResult result = link(records, options());
    assertThat(result.clusterOf("b")).as("sex").isNotEqualTo(result.clusterOf("a"));
    assertThat(result.clusterOf("c")).as("twenty years apart").isNotEqualTo(result.clusterOf("a"));
    assertThat(result.clusterOf("d")).as("two full dates that differ").isNotEqualTo(result.clusterOf("e"));
  }

  @Test
  void reviewerDecisionsOverrideTheWeights() {
    List<LinkRecord> records =
        List.of(
            r("a", "Abdulla Tursun", "M", "", "1960", "Hotan", ""),
            r("b", "Abdulla Tursun", "M", "", "1960", "Hotan", ""),
            r("c", "Rahile Dawut", "F", "", "", "", ""),
            r("d", "Patigül Osman", "F", "", "", "", ""));
    LinkResult plain = link(records, options());
    assertThat(plain.clusterOf("a")).isEqualTo(plain.clusterOf("b"));
    LinkResult decided =
        link(records, options().decisions(List.of(ReviewDecision.rejected("a", "b"), ReviewDecision.confirmed("c", "d"))));
    assertThat(decided.clusterOf("a")).isNotEqualTo(decided.clusterOf("b"));
    assertThat(decided.clusterOf("c")).isEqualTo(decided.clusterOf("d"));
    assertThat(decided.links())
        .extracting(Link::outcome)
        .contains(LinkOutcome.REJECTED, LinkOutcome.CONFIRMED);
  }

  @Test
  void newRecordsJoinKnownPersonsWhoStayApart() {
    List<LinkRecord> records =
        List.of(
            r("p1-a", "Memet Tursun", "M", "", "1985", "Konasheher", "").withKnownCluster("person-1"),
            r("p1-b", "麦麦提·吐尔逊", "男", "", "1985", "疏附县", "").withKnownCluster("person-1"),
            r("p2-a", "Memet Tursun", "M", "", "1985", "Konasheher", "").withKnownCluster("person-2"),
            r("new-1", "Ilham Toxti", "M", "", "1970", "Hotan", ""),
            r("new-2", "ئىلھام توختى", "M", "", "1970", "Xoten", ""));
    LinkResult result = link(records, options());
    assertThat(result.clusterOf("p1-a")).isEqualTo("person-1");
    assertThat(result.clusterOf("p1-b")).isEqualTo("person-1");
    assertThat(result.clusterOf("p2-a")).isEqualTo("person-2");
    assertThat(result.clusterOf("new-1")).isEqualTo(result.clusterOf("new-2")).isEqualTo("new-1");
  }

  @Test
  void everyLinkIsExplainedWithoutIdentityValues() {
    String idNumber = id("653121", "19850312", "123");
    List<LinkRecord> records =
        List.of(
            r("r1", "Qanarykbay Zhumabekuly", "M", "1985-03-12", "", "Konasheher", idNumber),
            r("r2", "Qanarykbay Zhumabek", "M", "", "1985", "疏附县", idNumber.substring(0, 15) + "000"),
            r("r3", "Qanarykbay", "", "", "1986", "", ""));
    LinkResult result = link(records, options());
    assertThat(result.links()).isNotEmpty();
    for (Link link : result.links()) {
      String text = link.explain() + link.evidence() + link.toString();
      for (String canary : List.of("Qanarykbay", "Zhumabek", "qanarikbay", "1985", "653121", "疏附", "Konasheher")) {
        assertThat(text).doesNotContainIgnoringCase(canary);
      }
      assertThat(link.evidence()).hasSize(Field.values().length);
      double sum = link.priorWeight() + link.evidence().stream().mapToDouble(FieldEvidence::weight).sum();
      assertThat(link.matchWeight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-3));
    }
    assertThat(records.get(0).toString()).doesNotContain("Qanarykbay");
    assertThat(result.toString() + result.stats()).doesNotContain("Qanarykbay");
  }

  @Test
  void explainsAnyPairUnderAModel() {
    Link link =
        Linker.explain(
            r("x", "Memet Tursun", "M", "", "1985", "Aksu", ""),
            r("y", "麦麦提·吐尔逊", "男", "", "1986", "阿克苏地区", ""),
            model, options().build());
    assertThat(link.evidence(Field.NAME).level()).isIn("exact", "strong");
    assertThat(link.evidence(Field.BIRTH).level()).isEqualTo("one_year");
    assertThat(link.evidence(Field.PLACE).level()).isEqualTo("same_prefecture");
    assertThat(link.evidence(Field.ID).missing()).isTrue();
    assertThat(link.probability()).isBetween(0.0, 1.0);
  }

  @Test
  void duplicateRecordIdsAreRefusedNamingBothPositions() {
    List<LinkRecord> records = new ArrayList<>(List.of(r("a", "Memet", "", "", "", "", ""), r("b", "", "", "", "", "", "")));
    records.add(r("a", "Tursun", "", "", "", "", ""));
    assertThatThrownBy(() -> Linker.link(records, options().build()))
        .isInstanceOf(DuplicateRecordIdException.class)
        .hasMessage("record id a appears twice (records 1 and 3)");
  }

  @Test
  void recordsWithoutAnythingComparableStayAlone() {
    List<LinkRecord> records =
        List.of(
            r("a", "🙂", "", "", "", "", ""),
            r("b", "🙂", "", "", "", "", ""),
            r("c", "", "", "", "", "", ""),
            r("d", "ᲛᲔᲛᲔᲢ ᲢᲣᲠᲡᲣᲜ", "", "", "", "", ""));
    LinkResult result = Linker.link(records, options().build());
    assertThat(result.clusterCount()).isEqualTo(4);
    assertThat(result.stats().unreadableNames()).isEqualTo(2);
    assertThat(result.stats().nameOnly()).isEqualTo(1);
  }
}
