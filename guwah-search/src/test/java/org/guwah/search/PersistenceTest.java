package org.guwah.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
  private static final AccessFilter ANALYST = AccessFilter.purposes(Set.of("INTERNAL_ANALYSIS"), true);
  private static final List<String> QUERIES = List.of("polis", "联系", "\"мы не\"", "ئالاقە", "әке OR father", "-polis", "");

  @TempDir Path dir;
  private final TermSealer keyA = HmacTermSealer.fromSeed("key-a");
  private final TermSealer keyB = HmacTermSealer.fromSeed("key-b");

  /** Totals, hits in rank order, facets. */
  private static List<String> snapshot(SearchIndex index) {
    return snapshot(index, false);
  }

  /** Totals, hits (sorted when {@code ignoreTies}, since equal scores may rank in any order), facets. */
  private static List<String> snapshot(SearchIndex index, boolean ignoreTies) {
    List<String> out = new ArrayList<>();
    for (String q : QUERIES) {
      SearchResult r = index.search(SearchRequest.builder(ANALYST).query(q).page(0, 100).build());
      List<String> hits = r.hits().stream().map(SearchHit::recordId).collect(Collectors.toList());
      if (ignoreTies) {
        hits = new ArrayList<>(ids(index, q));
        hits.sort(null);
      }
      out.add(q + " total=" + r.total() + " hits=" + hits + " facets=" + r.facets());
    }
    return out;
  }

  private static Set<String> ids(SearchIndex index, String query) {
    return SearchIndexTest.allIds(index, ANALYST, query);
  }

  @Test
  void reopeningGivesTheSameResults() {
    List<String> before;
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(index.reindexRequired()).isEmpty();
      index.rebuild(SyntheticCorpus.testimonies("t", 200, 1).iterator());
      index.index(SyntheticCorpus.testimonies("extra", 5, 2).get(3));
      index.delete("t-7");
      before = snapshot(index);
      assertThat(before.get(0)).doesNotContain("total=0");
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(index.reindexRequired()).isEmpty();
      assertThat(snapshot(index)).isEqualTo(before);
      assertThat(ids(index, "")).contains("extra-3").doesNotContain("t-7");
    }
  }

  @Test
  void anIndexOfAnotherOriginRequiresAReindex() {
    try (SearchIndex index = SearchIndex.open(dir, keyA, "db-one", SearchIndexOptions.defaults())) {
      index.rebuild(SyntheticCorpus.testimonies("t", 10, 1).iterator());
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA, "db-one", SearchIndexOptions.defaults())) {
      assertThat(index.reindexRequired()).isEmpty();
      assertThat(ids(index, "")).hasSize(10);
      assertThat(index.documentCount()).isEqualTo(10);
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA, "db-two", SearchIndexOptions.defaults())) {
      assertThat(index.reindexRequired()).contains(ReindexReason.ORIGIN_CHANGED);
      assertThat(index.documentCount()).isZero();
      assertThatThrownBy(() -> index.search(SearchRequest.builder(ANALYST).build()))
          .isInstanceOf(ReindexRequiredException.class).hasMessageContaining("another database");
      index.rebuild(SyntheticCorpus.testimonies("u", 3, 1).iterator());
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA, "db-two", SearchIndexOptions.defaults())) {
      assertThat(index.reindexRequired()).isEmpty();
      assertThat(ids(index, "")).hasSize(3);
    }
    assertThatThrownBy(() -> SearchIndex.open(dir, keyA, "bad\norigin", SearchIndexOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherKeyRequiresAReindexInsteadOfFindingNothing() {
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("t", 30, 1).iterator());
    }
    try (SearchIndex index = SearchIndex.open(dir, keyB)) {
      assertThat(index.reindexRequired()).contains(ReindexReason.KEY_CHANGED);
      assertThatThrownBy(() -> index.search(SearchRequest.builder(ANALYST).query("polis").build()))
          .isInstanceOf(ReindexRequiredException.class).hasMessageContaining("another key");
      assertThatThrownBy(() -> index.index(SyntheticCorpus.testimonies("x", 1, 1).get(0)))
          .isInstanceOf(ReindexRequiredException.class);
      assertThatThrownBy(() -> index.delete("t-1")).isInstanceOf(ReindexRequiredException.class);
      index.rebuild(SyntheticCorpus.testimonies("t", 30, 1).iterator());
      assertThat(index.reindexRequired()).isEmpty();
      assertThat(ids(index, "polis")).isNotEmpty();
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(index.reindexRequired()).contains(ReindexReason.KEY_CHANGED);
    }
  }

  @Test
  void anotherAnalyzerRequiresAReindex() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("t", 10, 1).iterator());
    }
    Path marker = currentGeneration().resolve("guwah-search.properties");
    String text = Files.readString(marker, StandardCharsets.UTF_8);
    Files.writeString(marker, text.replaceAll("analyzer=guwah-analyzer-[0-9]+", "analyzer=guwah-analyzer-0"));
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(index.reindexRequired()).contains(ReindexReason.ANALYZER_CHANGED);
      assertThatThrownBy(() -> index.search(SearchRequest.builder(ANALYST).build())).isInstanceOf(ReindexRequiredException.class);
    }
  }

  @Test
  void damagedFilesRequireAReindex() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("t", 10, 1).iterator());
    }
    try (Stream<Path> files = Files.list(currentGeneration())) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.delete(f);
      }
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(index.reindexRequired()).contains(ReindexReason.UNREADABLE);
      index.rebuild(SyntheticCorpus.testimonies("t", 10, 1).iterator());
      assertThat(ids(index, "")).hasSize(10);
    }
    Files.writeString(dir.resolve("current"), "../../etc\n");
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(index.reindexRequired()).contains(ReindexReason.UNREADABLE);
      index.rebuild(SyntheticCorpus.testimonies("t", 3, 1).iterator());
      assertThat(ids(index, "")).hasSize(3);
    }
  }

  @Test
  void failedRebuildLeavesTheOldIndexAnswering() throws IOException {
    List<String> before;
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("old", 60, 1).iterator());
      before = snapshot(index);
      Iterator<SearchDocument> failing = failingAfter(SyntheticCorpus.testimonies("new", 60, 2), 25);
      assertThatThrownBy(() -> index.rebuild(failing))
          .isInstanceOf(RebuildFailedException.class)
          .hasMessageContaining("previous index is still in use")
          .hasRootCauseInstanceOf(NoSuchElementException.class);
      assertThat(snapshot(index)).isEqualTo(before);
      assertThat(generations()).hasSize(1);
      index.index(SyntheticCorpus.testimonies("after", 1, 3).get(0));
      assertThat(ids(index, "")).contains("after-0", "old-1").noneMatch(id -> id.startsWith("new-"));
    }
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(ids(index, "")).contains("after-0", "old-59").noneMatch(id -> id.startsWith("new-"));
    }
  }

  @Test
  void leftoversOfACrashedRebuildAreRemovedOnOpen() throws IOException {
    List<String> before;
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("old", 40, 1).iterator());
      before = snapshot(index);
    }
    // what a crash between writing the new generation and moving the pointer leaves behind
    Path stale = Files.createDirectory(dir.resolve("g0000000099"));
    Files.write(stale.resolve("_0.cfs"), new byte[] {1, 2, 3});
    Files.writeString(dir.resolve("current.tmp"), "g0000000099\n");
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      assertThat(snapshot(index)).isEqualTo(before);
    }
    assertThat(stale).doesNotExist();
    assertThat(dir.resolve("current.tmp")).doesNotExist();
  }

  @Test
  void writesDuringARebuildAreKept() {
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("old", 10, 1).iterator());
      List<SearchDocument> source = SyntheticCorpus.testimonies("new", 40, 2);
      Iterator<SearchDocument> it = source.iterator();
      Iterator<SearchDocument> writing = new Iterator<>() {
        int n;

        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public SearchDocument next() {
          if (++n == 20) {
            index.index(SyntheticCorpus.testimonies("live", 1, 5).get(0));
            index.delete("new-3"); // already read from the source
            assertThat(ids(index, "")).contains("live-0", "old-0"); // the old index still answers
          }
          return it.next();
        }
      };
      assertThat(index.rebuild(writing)).isEqualTo(40);
      Set<String> all = ids(index, "");
      assertThat(all).contains("live-0", "new-0", "new-39").doesNotContain("new-3", "old-0").hasSize(40);
    }
  }

  @Test
  void parallelAndSerialRebuildsAgree() {
    List<SearchDocument> docs = SyntheticCorpus.testimonies("p", 300, 4);
    List<String> serial;
    try (SearchIndex index = SearchIndex.open(dir.resolve("serial"), keyA, SearchIndexOptions.defaults().withRebuildThreads(1))) {
      index.rebuild(docs.stream());
      serial = snapshot(index, true);
    }
    try (SearchIndex index = SearchIndex.open(dir.resolve("parallel"), keyA,
        SearchIndexOptions.defaults().withRebuildThreads(3).withSealCacheEntries(0))) {
      index.rebuild(docs.stream());
      assertThat(snapshot(index, true)).isEqualTo(serial);
    }
  }

  @Test
  void searchesKeepWorkingDuringARebuild() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, keyA)) {
      index.rebuild(SyntheticCorpus.testimonies("a", 100, 1).iterator());
      ExecutorService pool = Executors.newFixedThreadPool(3);
      AtomicBoolean done = new AtomicBoolean();
      CountDownLatch started = new CountDownLatch(3);
      List<Future<Integer>> searchers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        searchers.add(pool.submit(() -> {
          int n = 0;
          started.countDown();
          while (!done.get() || n < 5) {
            SearchResult r = index.search(SearchRequest.builder(ANALYST).query(n % 2 == 0 ? "polis" : "").build());
            assertThat(r.total()).isPositive();
            n++;
          }
          return n;
        }));
      }
      started.await(10, TimeUnit.SECONDS);
      for (int round = 0; round < 3; round++) {
        index.rebuild(SyntheticCorpus.testimonies(round % 2 == 0 ? "b" : "a", 150, round).iterator());
      }
      done.set(true);
      for (Future<Integer> f : searchers) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
      }
      pool.shutdown();
      assertThat(ids(index, "")).hasSize(150).allMatch(id -> id.startsWith("b-"));
      assertThat(generations()).hasSize(1);
    }
  }

  @Test
  void closingDuringARebuildAbandonsItAndKeepsTheOldIndex() throws Exception {
    List<String> before;
    SearchIndex index = SearchIndex.open(dir, keyA);
    index.rebuild(SyntheticCorpus.testimonies("old", 30, 1).iterator());
    before = snapshot(index);
    Iterator<SearchDocument> source = SyntheticCorpus.testimonies("new", 60, 2).iterator();
    Thread[] closer = new Thread[1];
    Iterator<SearchDocument> closing = new Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public SearchDocument next() {
        if (++n == 10) {
          closer[0] = new Thread(index::close);
          closer[0].start();
          while (closer[0].getState() != Thread.State.WAITING && closer[0].isAlive()) {
            Thread.onSpinWait(); // close() has set its flag and waits for this rebuild to end
          }
        }
        return source.next();
      }
    };
    assertThatThrownBy(() -> index.rebuild(closing)).isInstanceOf(RebuildFailedException.class)
        .hasRootCauseMessage("search index was closed during the rebuild");
    closer[0].join(10_000);
    assertThat(closer[0].isAlive()).isFalse();
    try (SearchIndex again = SearchIndex.open(dir, keyA)) {
      assertThat(snapshot(again)).isEqualTo(before);
    }
    assertThat(generations()).hasSize(1);
  }

  @Test
  void oneProcessAtATimeAndClosedMeansClosed() {
    SearchIndex index = SearchIndex.open(dir, keyA);
    assertThatThrownBy(() -> SearchIndex.open(dir, keyA)).isInstanceOf(SearchIndexIoException.class)
        .hasMessageContaining("another process");
    index.close();
    index.close();
    assertThatThrownBy(() -> index.search(SearchRequest.builder(ANALYST).build())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> index.rebuild(List.<SearchDocument>of().iterator())).isInstanceOf(IllegalStateException.class);
    try (SearchIndex again = SearchIndex.open(dir, keyA)) {
      assertThat(again.reindexRequired()).isEmpty();
    }
  }

  private Path currentGeneration() throws IOException {
    return dir.resolve(Files.readString(dir.resolve("current")).trim());
  }

  private List<Path> generations() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("g[0-9]+")).toList();
    }
  }

  private static Iterator<SearchDocument> failingAfter(List<SearchDocument> docs, int n) {
    Iterator<SearchDocument> it = docs.iterator();
    return new Iterator<>() {
      int served;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public SearchDocument next() {
        if (served++ == n) {
          throw new NoSuchElementException("database cursor lost (synthetic)");
        }
        return it.next();
      }
    };
  }
}
