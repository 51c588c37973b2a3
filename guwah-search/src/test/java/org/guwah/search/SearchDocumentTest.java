package org.guwah.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {
  private static SearchDocument.Builder base() {
    return SearchDocument.builder("3f2c-qa-1", RecordKind.TESTIMONY)
        .text("qanari was taken").identity("Canarybek Qanariyev")
        .access(DocumentAccess.of(List.of("acc-1"), List.of("INTERNAL_ANALYSIS")));
  }

  @Test
  void toStringRedactsTheText() {
    String s = base().facet("tactic", "THREAT_FAMILY").build().toString();
    assertThat(s).doesNotContainIgnoringCase("qanari").doesNotContainIgnoringCase("canarybek")
        .contains("3f2c-qa-1", "testimony", "THREAT_FAMILY", "redacted, 2 values");
  }

  @Test
  void facetValuesMustBeCodesAndErrorsNeverEchoThem() {
    assertThatThrownBy(() -> base().facet("place", "Qanari village").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facet 'place'").hasMessageNotContaining("anari");
    assertThatThrownBy(() -> base().facet("place", "قانارى").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("قانارى");
    assertThatThrownBy(() -> base().facet("Qanari Dim", "X").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("anari");
    assertThatThrownBy(() -> base().facet("kind", "person").build()).hasMessageContaining("reserved");
    assertThatThrownBy(() -> SearchDocument.builder("qanari bek", RecordKind.NOTE).build())
        .hasMessageContaining("recordId").hasMessageNotContaining("qanari");
    assertThatThrownBy(() -> new AccessFilter(Set.of("canarybek qanari"), Set.of(), true))
        .hasMessageNotContaining("qanari");
  }

  @Test
  void requestToStringRedactsTheQuery() {
    SearchRequest r = SearchRequest.builder(AccessFilter.owners(Set.of("acc-1"))).query("qanari \"canarybek\"")
        .filter("country", "TR").build();
    assertThat(r.toString()).doesNotContain("qanari").doesNotContain("canarybek").contains("country", "TR");
  }

  @Test
  void recordKindsRoundTrip() {
    for (RecordKind k : RecordKind.values()) {
      assertThat(RecordKind.parse(k.code())).isEqualTo(k);
    }
    assertThatThrownBy(() -> RecordKind.parse("qanari")).hasMessageNotContaining("qanari");
  }
}
