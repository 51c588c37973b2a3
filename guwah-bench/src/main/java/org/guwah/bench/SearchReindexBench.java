package org.guwah.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guwah.app.demo.DemoData;
import org.guwah.app.demo.DemoDataset;
import org.guwah.core.ids.Ids;
import org.guwah.core.sources.Source;
import org.guwah.search.AccessFilter;
import org.guwah.search.SearchIndex;
import org.guwah.search.SearchIndexOptions;
import org.guwah.search.SearchRequest;
import org.guwah.search.SearchResult;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.web.search.IndexKeeper;
import org.guwah.web.search.KeyRingTermSealer;

/**
 * Rebuild of the product's search index from the DATABASE (what {@code guwah search reindex} and a
 * server with a missing index do): N synthetic testimonies of the demo generator (Uyghur, Kazakh,
 * Russian, Turkish, Chinese and English texts) stored sealed in an embedded PostgreSQL; then each
 * rebuild reads them back page by page, decrypts them, computes their access in SQL, analyses,
 * seals every term with the installation's search key (Tink HMAC-SHA256 PRF) and writes a new
 * index generation. Reports the wall time of each rebuild and the latency of searches on the result.
 *
 * <p>Usage: {@code java -cp ... org.guwah.bench.SearchReindexBench [TESTIMONIES] [REBUILDS] [QUERIES]}
 */
public final class SearchReindexBench {
  private SearchReindexBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rebuilds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    Path work = Files.createTempDirectory("guwah-reindex-bench");
    try (Database db = Database.open(DatabaseOptions.embedded(work.resolve("data"), 4))) {
      db.migrate();
      KeyRing keys = KeyRing.create(work.resolve("keys"));
      CaseStore store = CaseStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system());
      long t0 = System.nanoTime();
      List<Source> testimonies = new ArrayList<>(n);
      for (int seed = 1; testimonies.size() < n; seed++) {
        DemoDataset d = DemoData.generate(seed, Math.min(DemoData.MAX_RESPONDENTS, n));
        for (Source s : d.sources()) {
          if (s.testimony() != null && testimonies.size() < n) {
            testimonies.add(new Source(null, 0, s.kind(), null, s.reporterRelation(), s.receivedOn(), s.language(),
                s.verification(), s.consent(), s.title(), s.reference(), s.testimony()));
          }
        }
      }
      long words = 0;
      for (Source s : testimonies) {
        words += s.testimony().split("\\s+").length;
      }
      store.inTransaction(h -> {
        for (int from = 0; from < testimonies.size(); from += 5000) {
          store.sources().createAll(h, testimonies.subList(from, Math.min(testimonies.size(), from + 5000)));
        }
        return null;
      });
      System.out.printf("stored %,d testimonies (%,d words) in %.1f s%n", testimonies.size(), words,
          (System.nanoTime() - t0) / 1e9);
      try (IndexKeeper keeper = IndexKeeper.open(work.resolve("data").resolve("search"), store, keys)) {
        for (int r = 1; r <= rebuilds; r++) {
          long start = System.nanoTime();
          long docs = keeper.rebuild(IndexKeeper.RebuildListener.SILENT);
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf("rebuild %d: %,d records in %.1f s (%,.0f records/s), %.1f MB on disk, outbox left %d%n", r,
              docs, seconds, docs / seconds, sizeOf(work.resolve("data").resolve("search")) / 1e6,
              org.guwah.store.search.SearchOutbox.of(db.jdbi()).size());
        }
      }
      String origin = "db-" + org.guwah.store.search.SearchOutbox.of(db.jdbi()).databaseId();
      try (SearchIndex search = SearchIndex.open(work.resolve("data").resolve("search"), KeyRingTermSealer.of(keys), origin,
          SearchIndexOptions.defaults())) {
        measure(search, testimonies, queries);
      }
    }
  }

  private static void measure(SearchIndex search, List<Source> testimonies, int queries) {
    AccessFilter analysts = AccessFilter.purposes(List.of("INTERNAL_ANALYSIS"), false);
    Random rnd = new Random(7);
    long[] ns = new long[queries];
    long hits = 0;
    for (int i = 0; i < queries; i++) {
      String[] w = testimonies.get(rnd.nextInt(testimonies.size())).testimony().split("\\s+");
      String q = w[rnd.nextInt(w.length)] + (i % 3 == 0 ? " " + w[rnd.nextInt(w.length)] : "");
      long t = System.nanoTime();
      SearchResult res = search.search(SearchRequest.builder(analysts).query(q).build());
      ns[i] = System.nanoTime() - t;
      hits += res.total();
    }
    java.util.Arrays.sort(ns);
    System.out.printf("searches (index only, analyst filter, facets): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms,"
        + " mean %,d hits%n", ns[queries / 2] / 1e6, ns[queries * 95 / 100] / 1e6, ns[queries * 99 / 100] / 1e6,
        ns[queries - 1] / 1e6, hits / queries);
  }

  private static long sizeOf(Path dir) throws java.io.IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
