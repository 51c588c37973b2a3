package org.guwah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents a reader may not see never appear: not in hits, totals or facet counts. */
class AccessFilterTest {
  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir, HmacTermSealer.fromSeed("access-test"));
    add("d1", "TR", DocumentAccess.of(List.of("acc-1"), List.of("INTERNAL_ANALYSIS")));
    add("d2", "KZ", DocumentAccess.of(List.of("acc-2"), List.of()));
    add("d3", "DE", DocumentAccess.of(List.of("acc-2"), List.of("INTERNAL_ANALYSIS")).withProtectedThirdParty(true));
    add("d4", "US", DocumentAccess.of(List.of("acc-3"), List.of("PARTNER_SHARING")));
    add("d5", "NL", DocumentAccess.nobody());
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void add(String id, String country, DocumentAccess access) {
    index.index(SearchDocument.builder(id, RecordKind.TESTIMONY).text("lagerda qaldi " + id)
        .identity("Karabil " + id).facet("country", country).access(access).build());
  }

  private SearchResult search(AccessFilter filter, String query) {
    return index.search(SearchRequest.builder(filter).query(query).build());
  }

  private static Set<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::recordId).collect(Collectors.toSet());
  }

  private void assertSees(AccessFilter filter, String... expected) {
    for (String query : List.of("lagerda", "karabil", "")) {
      SearchResult r = search(filter, query);
      assertThat(ids(r)).as("query '%s'", query).containsExactlyInAnyOrder(expected);
      assertThat(r.total()).isEqualTo(expected.length);
      long facetTotal = r.facets().getOrDefault("country", List.of()).stream().mapToLong(FacetCount::count).sum();
      assertThat(facetTotal).isEqualTo(expected.length);
      assertThat(r.count("kind", "testimony")).isEqualTo(expected.length);
    }
  }

  @Test
  void ownerSeesOwnRecordsIncludingProtectedThirdParties() {
    assertSees(AccessFilter.owners(Set.of("acc-1")), "d1");
    assertSees(AccessFilter.owners(Set.of("acc-2")), "d2", "d3");
    assertSees(AccessFilter.owners(Set.of("acc-unknown")));
  }

  @Test
  void purposeOpensConsentedRecordsAndExcludesProtectedWhenAsked() {
    assertSees(AccessFilter.purposes(Set.of("INTERNAL_ANALYSIS"), true), "d1");
    assertSees(AccessFilter.purposes(Set.of("INTERNAL_ANALYSIS"), false), "d1", "d3");
    assertSees(AccessFilter.purposes(Set.of("PARTNER_SHARING"), true), "d4");
    assertSees(AccessFilter.purposes(Set.of("PUBLIC_PROFILE"), false));
  }

  @Test
  void ownershipOrPurpose() {
    assertSees(AccessFilter.of(Set.of("acc-2"), Set.of("INTERNAL_ANALYSIS"), true), "d1", "d2", "d3");
    assertSees(AccessFilter.of(Set.of("acc-3"), Set.of("INTERNAL_ANALYSIS"), true), "d1", "d4");
  }

  @Test
  void emptyFilterSeesNothingAndUnreadableRecordIsNeverFound() {
    assertSees(new AccessFilter(Set.of(), Set.of(), false));
    for (String purpose : List.of("INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS", "PUBLIC_PROFILE", "UN_SUBMISSION", "PARTNER_SHARING")) {
      assertThat(ids(search(AccessFilter.of(Set.of("acc-1", "acc-2", "acc-3"), Set.of(purpose), false), "d5"))).isEmpty();
    }
  }

  @Test
  void withdrawnConsentHidesTheRecordFromTheNextSearch() {
    AccessFilter analyst = AccessFilter.purposes(Set.of("INTERNAL_ANALYSIS"), true);
    assertThat(ids(search(analyst, "d1"))).containsExactly("d1");
    add("d1", "TR", DocumentAccess.of(List.of("acc-1"), List.of()));
    assertThat(ids(search(analyst, "d1"))).isEmpty();
    assertThat(search(analyst, "").count("country", "TR")).isZero();
  }

  @Test
  void facetFilterCannotWidenAccess() {
    SearchResult r = index.search(SearchRequest.builder(AccessFilter.owners(Set.of("acc-1")))
        .filter("country", "KZ", "DE", "US", "NL").build());
    assertThat(r.total()).isZero();
    assertThat(r.facets()).isEmpty();
  }
}
