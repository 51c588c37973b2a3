package org.guwah.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.guwah.search.AccessFilter;
import org.guwah.search.SearchHit;
import org.guwah.search.SearchRequest;
import org.guwah.store.accounts.Role;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index lives on disk and survives a restart of the server; {@code reindex} rebuilds it from
 * the database; a missing index is rebuilt by the server itself; writes by another process (an
 * import) reach it through the outbox.
 */
class SearchRestartIT {
  static String testimony(Caller as, String text) {
    TestServer.Response r = as.send("POST", "/api/v1/sources", """
        {"kind": "INTERVIEW", "language": "ug", "consent": {"purposes": {"INTERNAL_ANALYSIS":
         {"status": "GRANTED", "recordedOn": "2024-03-01", "method": "WRITTEN"}}}, "testimony": "%s"}""".formatted(text));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  static List<String> found(Caller as, String q) {
    TestServer.Response r = as.send("POST", "/api/v1/search", "{\"q\": \"" + q + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("hits").valueStream().map(h -> h.path("id").asString()).toList();
  }

  @Test
  void aFailedIndexUpdateMakesSearchesWaitUntilALaterPassRepairsIt() throws Exception {
    try (TestServer server = TestServer.start()) {
      Caller documenter = server.signedIn(Role.DOCUMENTER);
      Caller analyst = server.signedIn(Role.ANALYST);
      testimony(documenter, "بىرىنچى گۇۋاھلىق");
      assertThat(found(analyst, "بىرىنچى")).hasSize(1);
      // the index cannot read who may see a record: indexing fails, the write itself does not
      server.cases().jdbi().useHandle(h -> h.execute("alter table record_share rename to record_share_away"));
      String second = testimony(documenter, "ئىككىنچى گۇۋاھلىق");
      TestServer.Response waiting = analyst.send("POST", "/api/v1/search", "{\"q\": \"بىرىنچى\"}");
      assertThat(waiting.status()).isEqualTo(503);
      assertThat(waiting.code()).isEqualTo("not_ready");
      assertThat(server.guwah().search().keeper().ready()).isFalse();
      server.cases().jdbi().useHandle(h -> h.execute("alter table record_share_away rename to record_share"));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!server.guwah().search().keeper().ready() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(found(analyst, "ئىككىنچى")).containsExactly(second);
    }
  }

  @Test
  void theIndexSurvivesARestartIsRebuiltOnRequestAndWhenMissing(@TempDir Path elsewhere) throws Exception {
    try (TestServer server = TestServer.start()) {
      Caller documenter = server.signedIn(Role.DOCUMENTER);
      String before = testimony(documenter, "قايتا قوزغىتىشتىن بۇرۇن");
      String ug = testimony(documenter, "مېنىڭ ئاكام لاگېرغا ئېلىپ كېتىلدى");
      long documents = server.guwah().search().keeper().documentCount();
      assertThat(documents).isEqualTo(2);

      server.restart();
      Caller analyst = server.signedIn(Role.ANALYST);
      IndexKeeper keeper = server.guwah().search().keeper();
      assertThat(keeper.reindexRequired()).isEmpty();
      assertThat(keeper.documentCount()).isEqualTo(documents);
      assertThat(found(analyst, "قوزغىتىشتىن")).containsExactly(before);

      // another process writes (an import): the outbox brings it to the running server's index
      server.cases().sources().create(new org.guwah.core.sources.Source(null, 0, "LIST", null, null, null, "kk", null,
          new org.guwah.core.consent.Consent(Map.of("INTERNAL_ANALYSIS", new org.guwah.core.consent.ConsentEntry(
              org.guwah.core.consent.ConsentStatus.GRANTED, java.time.LocalDate.of(2024, 1, 2), "WRITTEN", null))),
          null, null, "импорттан келген куәлік"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (found(analyst, "импорттан").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(found(analyst, "импорттан")).hasSize(1);

      // `guwah search reindex` while the server runs: the server rebuilds on request
      org.guwah.store.search.SearchOutbox.of(server.cases().jdbi()).requestRebuild();
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (org.guwah.store.search.SearchOutbox.of(server.cases().jdbi()).rebuildRequested().isPresent()
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(org.guwah.store.search.SearchOutbox.of(server.cases().jdbi()).rebuildRequested()).isEmpty();
      assertThat(found(analyst, "لاگېرغا")).containsExactly(ug);
      assertThat(keeper.rebuild(IndexKeeper.RebuildListener.SILENT)).isEqualTo(3);

      // a missing index (a new data folder) is rebuilt from the database by the background pass
      try (IndexKeeper fresh = IndexKeeper.open(elsewhere.resolve("search"), server.cases(), server.keys())) {
        assertThat(fresh.documentCount()).isZero();
        fresh.start(Duration.ofMillis(100));
        deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(fresh.ready() && fresh.documentCount() == 3) && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(fresh.documentCount()).isEqualTo(3);
        AccessFilter analysts = AccessFilter.purposes(List.of("INTERNAL_ANALYSIS"), false);
        assertThat(fresh.index().search(SearchRequest.builder(analysts).query("لاگېرغا").build()).hits())
            .extracting(SearchHit::recordId).containsExactly(ug);
      }
    }
  }
}
