package org.guwah.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Any word made of Latin (with Turkish), Uyghur Arabic, Cyrillic (with Kazakh) or Han letters finds its document. */
class FindsEveryWordPropertyTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzçğıöşüéë"
      + "ابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيەئ"
      + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
      + "父母哥姐警电失联系学监判年护国邻朋害威消家工";

  @TempDir Path dir;

  @Test
  void everyIndexedWordIsFoundAndItsYehTwinIsNot() {
    Gen<String> words = lists().of(integers().between(0, LETTERS.length() - 1)).ofSizeBetween(1, 12)
        .map(list -> {
          StringBuilder sb = new StringBuilder();
          list.forEach(i -> sb.append(LETTERS.charAt(i)));
          return sb.toString();
        });
    AccessFilter reader = AccessFilter.owners(Set.of("acc-1"));
    try (SearchIndex index = SearchIndex.open(dir, HmacTermSealer.fromSeed("property"))) {
      index.index(SearchDocument.builder("other", RecordKind.NOTE).text("unrelated words only")
          .access(DocumentAccess.of(List.of("acc-1"), List.of())).build());
      qt().withExamples(150).forAll(words).checkAssert(word -> {
        index.index(SearchDocument.builder("doc", RecordKind.NOTE).text("before " + word + " after")
            .access(DocumentAccess.of(List.of("acc-1"), List.of())).build());
        SearchResult r = index.search(SearchRequest.builder(reader).query(word).build());
        assertThat(r.hits()).extracting(SearchHit::recordId).contains("doc");
        String twin = word.replace('\u0649', '\u064A');
        if (!twin.equals(word) && !word.contains("\u064A")) {
          SearchResult t = index.search(SearchRequest.builder(reader).query("\"" + twin + "\"").build());
          assertThat(t.hits()).extracting(SearchHit::recordId).doesNotContain("doc");
        }
      });
    }
  }
}
