package org.guwah.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.guwah.app.demo.DemoData;
import org.guwah.app.demo.DemoDataset;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.Slice;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.web.json.CaseJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single-threaded breakdown of the list path: store read of 50 persons (query, decryption, record
 * building) and JSON writing, each averaged over many iterations after a warm-up.
 *
 * <p>Usage: {@code java -cp ... org.guwah.bench.ListPathBench [ITERATIONS]}
 */
public final class ListPathBench {
  private static final java.util.UUID OWNER = java.util.UUID.randomUUID();
  private ListPathBench() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
    Path work = Files.createTempDirectory("guwah-list-bench");
    try (Database db = Database.open(DatabaseOptions.embedded(work.resolve("data"), 4))) {
      db.migrate();
      CaseStore store = CaseStore.create(db.jdbi(), KeyRing.create(work.resolve("keys")), Clock.systemUTC(), Ids.system());
      DemoDataset d = DemoData.generate(11, 2000);
      store.inTransaction(h -> {
        store.persons().createAll(h, d.respondents(), OWNER);
        store.sources().createAll(h, d.sources(), OWNER);
        store.persons().createAll(h, d.relatives(), OWNER);
        return null;
      });
      JsonMapper json = CaseJson.apiJson().mapper();
      ListQuery q = new ListQuery(Map.of(), 50, null);
      java.util.Map<String, org.guwah.store.cases.Reading> readings = new java.util.LinkedHashMap<>();
      readings.put("everything", org.guwah.store.cases.Reading.everything());
      readings.put("documenter", org.guwah.store.cases.Reading.documenter(OWNER));
      readings.put("analyst", org.guwah.store.cases.Reading.analyst());
      for (int round = 0; round < 3 * readings.size(); round++) {
        String name = (String) readings.keySet().toArray()[round % readings.size()];
        org.guwah.store.cases.Reading reading = readings.get(name);
        long t0 = System.nanoTime();
        Slice<?> last = null;
        for (int i = 0; i < iterations; i++) {
          last = store.persons().list(q, reading);
        }
        long t1 = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < iterations; i++) {
          bytes += json.writeValueAsBytes(last).length;
        }
        long t2 = System.nanoTime();
        System.out.printf(name + " round %d: store list %.3f ms, json %.3f ms (%d bytes)%n", round,
            (t1 - t0) / 1e6 / iterations, (t2 - t1) / 1e6 / iterations, bytes / iterations);
      }
    }
  }
}
