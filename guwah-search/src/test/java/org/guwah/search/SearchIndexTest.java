package org.guwah.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guwah.search.query.InvalidQueryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  private static final AccessFilter ANALYST = AccessFilter.purposes(Set.of("INTERNAL_ANALYSIS"), true);

  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir, HmacTermSealer.fromSeed("search-index-test"));
    index.rebuild(SyntheticCorpus.testimonies("bg", 120, 7).iterator());
    index.index(testimony("ug-1", "ئانام لاگېردا، سىڭلىم بىلەن ئالاقە ئۈزۈلدى. ھەمشىرەم يېزىدا قالدى.", "ug", "TR"));
    index.index(testimony("ug-2", "سيڭيل ئالاقه", "ug", "TR")); // same words spelled with ي and ه: other terms
    index.index(testimony("zh-1", "我的哥哥二零一八年被警察带走以后我们就失去联系了", "zh", "DE"));
    index.index(testimony("ru-1", "Брата арестовали в Урумчи, связь потеряли ещё в 2018 году.", "ru", "KZ"));
    index.index(testimony("kk-1", "Әкем ұсталды, қарындасым туралы хабар жоқ.", "kk", "KZ"));
    index.index(testimony("tr-1", "Kardeşim İstanbul'da yaşıyor, polis kamp hakkında sordu.", "tr", "TR"));
    index.index(testimony("en-1", "The embassy threatened my father; kamp polis are words in another order.", "en", "US"));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static SearchDocument testimony(String id, String text, String language, String country) {
    return SearchDocument.builder(id, RecordKind.TESTIMONY)
        .text(text)
        .facet("language", language)
        .facet("country", country)
        .facet("tactic", "INFO_DEMAND")
        .access(DocumentAccess.of(List.of("acc-9"), List.of("INTERNAL_ANALYSIS")))
        .build();
  }

  private Set<String> ids(AccessFilter access, String query) {
    return allIds(index, access, query);
  }

  /** Every visible hit, page by page. */
  static Set<String> allIds(SearchIndex index, AccessFilter access, String query) {
    Set<String> out = new java.util.HashSet<>();
    for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
      SearchResult r = index.search(SearchRequest.builder(access).query(query).page(offset, SearchRequest.MAX_LIMIT).build());
      r.hits().forEach(h -> out.add(h.recordId()));
      if (offset + SearchRequest.MAX_LIMIT >= r.total()) {
        assertThat(out).hasSize((int) r.total());
        return out;
      }
    }
  }

  private Set<String> ids(String query) {
    return ids(ANALYST, query);
  }

  @Test
  void findsAUyghurWordAndKeepsAlefMaksuraApartFromYeh() {
    assertThat(ids("سىڭلىم")).containsExactly("ug-1");
    assertThat(ids("ھەمشىرەم")).containsExactly("ug-1");
    assertThat(ids("سيڭيل")).containsExactly("ug-2");
    assertThat(ids("ئالاقە")).contains("ug-1").doesNotContain("ug-2");
  }

  @Test
  void findsATwoCharacterChineseWordInsideAnUnspacedRun() {
    assertThat(ids("联系")).contains("zh-1");
    assertThat(ids("警察")).contains("zh-1");
    assertThat(ids("失去联系")).contains("zh-1");
    assertThat(ids("二零一八")).containsExactly("zh-1");
    assertThat(ids("哥")).contains("zh-1");
    assertThat(ids("联警")).isEmpty();
  }

  @Test
  void findsCyrillicWordsWithYoFolded() {
    assertThat(ids("арестовали")).contains("ru-1");
    assertThat(ids("Урумчи")).containsExactly("ru-1");
    assertThat(ids("еще урумчи")).containsExactly("ru-1");
    assertThat(ids("ұсталды")).contains("kk-1");
    assertThat(ids("Әкем")).containsExactly("kk-1");
    assertThat(ids("ҚАРЫНДАСЫМ")).containsExactly("kk-1");
  }

  @Test
  void turkishIFindsEachOther() {
    assertThat(ids("ISTANBUL")).containsExactly("tr-1");
    assertThat(ids("istanbul")).containsExactly("tr-1");
    assertThat(ids("İstanbul")).containsExactly("tr-1");
    assertThat(ids("İSTANBUL’DA")).containsExactly("tr-1");
  }

  @Test
  void phraseQueriesUsePositions() {
    assertThat(ids("polis kamp")).contains("tr-1", "en-1");
    assertThat(ids("\"polis kamp\"")).contains("tr-1").doesNotContain("en-1");
    assertThat(ids("\"kamp polis\"")).contains("en-1").doesNotContain("tr-1");
    assertThat(ids("\"警察带走\"")).contains("zh-1");
    assertThat(ids("\"警察 带走\"")).contains("zh-1");
    assertThat(ids("\"一八年被警察\"")).containsExactly("zh-1");
    assertThat(ids("\"带走以后 我们\"")).containsExactly("zh-1");
    assertThat(ids("\"失去联系了\"")).contains("zh-1");
    assertThat(ids("\"二零一八年 被\"")).containsExactly("zh-1");
    assertThat(ids("\"带走警察\"")).doesNotContain("zh-1");
  }

  @Test
  void orAndExclusion() {
    assertThat(ids("Урумчи OR Әкем")).containsExactly("ru-1", "kk-1");
    assertThat(ids("polis -embassy")).contains("tr-1").doesNotContain("en-1");
    assertThat(ids("-embassy")).doesNotContain("en-1").contains("tr-1", "zh-1");
  }

  @Test
  void punctuationOnlyQueryFindsNothingAndLuceneSyntaxIsInert() {
    assertThat(ids("!!! ...")).isEmpty();
    assertThat(ids("t.text:*")).isEmpty();
    assertThat(ids("kard*")).isEmpty();
  }

  @Test
  void facetCountsAndDrillDown() {
    SearchResult all = index.search(SearchRequest.builder(ANALYST).query("polis OR Урумчи OR Әкем").build());
    assertThat(all.total()).isEqualTo(all.count("country", "TR") + all.count("country", "KZ") + all.count("country", "US")
        + all.count("country", "DE") + all.count("country", "NL") + all.count("country", "SE"));
    assertThat(all.count("kind", "testimony")).isEqualTo(all.total());
    SearchResult kz = index.search(SearchRequest.builder(ANALYST).query("Урумчи OR Әкем").filter("country", "KZ").build());
    assertThat(kz.total()).isEqualTo(2);
    assertThat(kz.count("language", "ru")).isEqualTo(1);
    assertThat(kz.count("language", "kk")).isEqualTo(1);
    assertThat(kz.facets().get("country")).containsExactly(new FacetCount("KZ", 2));
    SearchResult two = index.search(SearchRequest.builder(ANALYST).filter("language", "ru", "kk").filter("country", "KZ")
        .facets(FacetSelection.of(Set.of("language"))).build());
    assertThat(two.facets()).containsOnlyKeys("language");
    assertThat(two.total()).isEqualTo(two.count("language", "ru") + two.count("language", "kk"));
    SearchResult byKind = index.search(SearchRequest.builder(ANALYST).filter("kind", "person").build());
    assertThat(byKind.total()).isZero();
    assertThat(byKind.facets()).isEmpty();
  }

  @Test
  void searchesNamesSeparately() {
    index.index(SearchDocument.builder("p-1", RecordKind.PERSON).identity("Xoqtam Pelvi").identity("钦波洛·塔恩")
        .text("xoqtam appears in text too").access(DocumentAccess.of(List.of(), List.of("INTERNAL_ANALYSIS"))).build());
    index.index(SearchDocument.builder("n-1", RecordKind.NOTE).text("a note that mentions xoqtam")
        .access(DocumentAccess.of(List.of(), List.of("INTERNAL_ANALYSIS"))).build());
    assertThat(ids("xoqtam")).containsExactlyInAnyOrder("p-1", "n-1");
    Set<String> namesOnly = index.search(SearchRequest.builder(ANALYST).query("xoqtam").fields(SearchField.IDENTITY).build())
        .hits().stream().map(SearchHit::recordId).collect(Collectors.toSet());
    assertThat(namesOnly).containsExactly("p-1");
    assertThat(ids("波洛")).containsExactly("p-1");
    // values of one field do not form phrases across each other
    assertThat(ids("\"pelvi 钦波洛\"")).isEmpty();
  }

  @Test
  void upsertReplacesAndDeleteRemoves() {
    index.index(testimony("ru-1", "новый текст", "ru", "KZ"));
    assertThat(ids("Урумчи")).isEmpty();
    assertThat(ids("новый")).containsExactly("ru-1");
    index.delete("ru-1");
    assertThat(ids("новый")).isEmpty();
  }

  @Test
  void pagingCapsTheLimitAndCountsExactly() {
    SearchResult all = index.search(SearchRequest.builder(ANALYST).page(0, 1000).build());
    assertThat(all.total()).isEqualTo(127);
    assertThat(all.hits()).hasSize(100);
    SearchResult tail = index.search(SearchRequest.builder(ANALYST).page(120, 50).build());
    assertThat(tail.hits()).hasSize(7);
    SearchResult none = index.search(SearchRequest.builder(ANALYST).page(0, 0).build());
    assertThat(none.hits()).isEmpty();
    assertThat(none.total()).isEqualTo(127);
    assertThatThrownBy(() -> SearchRequest.builder(ANALYST).page(10_001, 10).build()).hasMessageContaining("offset");
  }

  @Test
  void scoresRankBetterMatchesFirst() {
    index.index(testimony("rank-1", "kamp kamp kamp kamp", "tr", "TR"));
    List<SearchHit> hits = index.search(SearchRequest.builder(ANALYST).query("kamp").build()).hits();
    assertThat(hits.get(0).recordId()).isEqualTo("rank-1");
    assertThat(hits.get(0).kind()).isEqualTo(RecordKind.TESTIMONY);
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(hits.size() - 1).score());
  }

  @Test
  void rejectsQueriesWithTooManyTerms() {
    String longRun = "父母哥姐警电失联学监判年护国邻朋害威消家工学审被带了我的他她在和没有使馆边境回国".repeat(2);
    assertThatThrownBy(() -> ids(longRun)).isInstanceOf(InvalidQueryException.class).hasMessageNotContaining("父");
  }
}
