package org.guwah.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  private static QueryClause w(String text) {
    return new QueryClause(text, false);
  }

  private static QueryClause p(String text) {
    return new QueryClause(text, true);
  }

  @Test
  void wordsAreAllRequired() {
    SearchQuery q = SearchQuery.parse("  camp   police ");
    assertThat(q.required()).containsExactly(List.of(w("camp")), List.of(w("police")));
    assertThat(q.excluded()).isEmpty();
  }

  @Test
  void quotedPhrasesIncludingTypographicQuotes() {
    assertThat(SearchQuery.parse("\"lost contact\" “失去 联系” «мы не»").required())
        .containsExactly(List.of(p("lost contact")), List.of(p("失去 联系")), List.of(p("мы не")));
    assertThat(SearchQuery.parse("\"unclosed phrase").required()).containsExactly(List.of(p("unclosed phrase")));
  }

  @Test
  void orJoinsNeighboursIntoAlternatives() {
    SearchQuery q = SearchQuery.parse("a b OR c d");
    assertThat(q.required()).containsExactly(List.of(w("a")), List.of(w("b"), w("c")), List.of(w("d")));
    assertThat(SearchQuery.parse("OR a OR").required()).containsExactly(List.of(w("a")));
    assertThat(SearchQuery.parse("a or b").required()).hasSize(3);
  }

  @Test
  void minusExcludes() {
    SearchQuery q = SearchQuery.parse("camp -police -\"lost contact\" a-b -");
    assertThat(q.required()).containsExactly(List.of(w("camp")), List.of(w("a-b")), List.of(w("-")));
    assertThat(q.excluded()).containsExactly(w("police"), p("lost contact"));
    assertThat(SearchQuery.parse("a OR -b").required()).containsExactly(List.of(w("a")));
  }

  @Test
  void luceneSyntaxIsPlainText() {
    SearchQuery q = SearchQuery.parse("t.identity:ka* /.*/ name~2 [a TO z] (x) ^3");
    assertThat(q.required()).hasSize(8);
    assertThat(q.required().get(0)).containsExactly(w("t.identity:ka*"));
  }

  @Test
  void limitsWithoutEchoingTheQuery() {
    assertThatThrownBy(() -> SearchQuery.parse("qanari ".repeat(200)))
        .isInstanceOf(InvalidQueryException.class).hasMessageNotContaining("qanari").hasMessageContaining("1000");
    assertThatThrownBy(() -> SearchQuery.parse("qanari ".repeat(40)))
        .isInstanceOf(InvalidQueryException.class).hasMessageNotContaining("qanari").hasMessageContaining("32");
  }

  @Test
  void toStringRedacts() {
    SearchQuery q = SearchQuery.parse("canarybek \"qanari phrase\" -qanarix");
    assertThat(q.toString()).doesNotContain("qanari").doesNotContain("canarybek").contains("groups=2");
  }

  @Test
  void blankIsEmpty() {
    assertThat(SearchQuery.parse(" \t ").matchesAll()).isTrue();
    assertThat(SearchQuery.parse("-a").matchesAll()).isTrue();
  }
}
