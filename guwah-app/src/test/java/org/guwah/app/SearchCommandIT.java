package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.guwah.app.InProcessCli.Run;
import org.guwah.core.ids.Ids;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.search.SearchOutbox;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.web.search.IndexKeeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guwah search reindex|status} on a real database and data folder. */
class SearchCommandIT {
  static final String HEADER = "record_id,name,name_hanzi,sex,birth,residence_country\n";

  @TempDir Path work;
  FreshDatabase db;
  String url;

  @BeforeEach
  void fresh() {
    db = TestDatabases.create();
    url = GuwahProcess.dbUrl(db);
  }

  @AfterEach
  void drop() {
    db.close();
  }

  Run guwah(String... args) {
    return InProcessCli.run(url, work.resolve("data"), args);
  }

  @Test
  void reindexRebuildsTheIndexFromTheDatabaseWithoutANameInClear() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 30; i++) {
      csv.append("R").append(i).append(",Qanarjan Tursunova").append(i).append(",麦麦提·吐尔逊,女,1980-01,TR\n");
    }
    Path file = work.resolve("persons.csv");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    assertThat(guwah("import", "csv", file.toString()).exit()).isZero();

    Run before = guwah("search", "status");
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(before.out()).contains("queued for indexing: 30 records");

    Run reindex = guwah("search", "reindex");
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("search index rebuilt: 30 records");

    Run after = guwah("search", "status");
    assertThat(after.out()).contains("queued for indexing: 0 records").contains("usable, 30 documents");

    try (Stream<Path> files = Files.walk(work.resolve("data").resolve("search"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String canary : List.of("Qanarjan", "qanarjan", "Tursunova", "tursunova", "麦麦提")) {
          assertThat(bytes).as(f.toString()).doesNotContain(
              new String(canary.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
      }
    }
  }

  @Test
  void reindexAsksARunningServerThatHoldsTheIndex() {
    Path data = work.resolve("data");
    Run init = guwah("keys", "init");
    assertThat(init.exit()).as(init.err()).isZero();
    try (Database database = db.open()) {
      CaseStore store = CaseStore.create(database.jdbi(), KeyRing.open(data.resolve("keys")), Clock.systemUTC(),
          Ids.system());
      try (IndexKeeper server = IndexKeeper.open(data.resolve("search"), store, KeyRing.open(data.resolve("keys")))) {
        Run r = guwah("search", "reindex");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("A running server holds the search index");
        assertThat(SearchOutbox.of(database.jdbi()).rebuildRequested()).isPresent();
        assertThat(guwah("search", "status").out()).contains("held by a running server").contains("rebuild requested");
      }
    }
  }
}
