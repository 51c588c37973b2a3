package org.guwah.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.guwah.app.demo.DemoData;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;

/**
 * What the search outbox triggers (migration V7, ADR 0014) cost a bulk write: the same batch of
 * persons (sealed, blind-indexed, batched inserts in one transaction, as {@code guwah import csv}
 * writes them) inserted with the triggers on and off, alternately, so that load from other
 * processes falls on both alike.
 *
 * <p>Usage: {@code java -cp ... org.guwah.bench.OutboxCostBench [PERSONS] [ROUNDS]}
 */
public final class OutboxCostBench {
  private OutboxCostBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path work = Files.createTempDirectory("guwah-outbox-bench");
    try (Database db = Database.open(DatabaseOptions.embedded(work.resolve("data"), 4))) {
      db.migrate();
      CaseStore store = CaseStore.create(db.jdbi(), KeyRing.create(work.resolve("keys")), Clock.systemUTC(), Ids.system());
      List<Person> persons = DemoData.generate(5, n).respondents();
      double[] on = new double[rounds];
      double[] off = new double[rounds];
      for (int r = 0; r < rounds * 2; r++) {
        boolean triggers = r % 2 == 0;
        long t = System.nanoTime();
        store.inTransaction(h -> {
          if (!triggers) {
            h.execute("alter table person disable trigger user");
          }
          for (int from = 0; from < persons.size(); from += 1000) {
            store.persons().createAll(h, persons.subList(from, Math.min(persons.size(), from + 1000)).stream()
                .map(p -> new Person(null, 0, p.names(), p.sex(), p.birth(), p.age(), p.ethnicity(), p.home(),
                    p.residenceCountry(), p.contacts(), p.idNumber(), p.identityLevel(), p.protectedThirdParty(),
                    p.consent(), p.notes(), List.of()))
                .toList());
          }
          if (!triggers) {
            h.execute("alter table person enable trigger user");
          }
          return null;
        });
        double s = (System.nanoTime() - t) / 1e9;
        (triggers ? on : off)[r / 2] = s;
        System.out.printf("round %d, outbox triggers %s: %,d persons in %.2f s (%,.0f rows/s)%n", r / 2 + 1,
            triggers ? "on " : "off", persons.size(), s, persons.size() / s);
      }
      java.util.Arrays.sort(on);
      java.util.Arrays.sort(off);
      System.out.printf("median: on %.2f s, off %.2f s, outbox cost %.0f %%%n", on[rounds / 2], off[rounds / 2],
          100 * (on[rounds / 2] / off[rounds / 2] - 1));
    }
  }
}
