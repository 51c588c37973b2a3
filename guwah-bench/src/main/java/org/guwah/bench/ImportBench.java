package org.guwah.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.guwah.app.Main;
import org.guwah.app.demo.DemoData;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;

/**
 * Whole-program import benchmark: writes a synthetic CSV of N persons, then runs {@code guwah import
 * csv} (parse, validate, encrypt, blind-index, insert in one transaction) into a fresh embedded
 * database, several times, each into a new data folder, and prints rows/s.
 *
 * <p>Usage: {@code java -cp guwah-app/target/guwah.jar:guwah-bench/target/guwah-bench-0.1.0-SNAPSHOT.jar
 * org.guwah.bench.ImportBench [ROWS] [RUNS] [--db JDBC_URL]}
 */
public final class ImportBench {
  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String db = args.length > 3 && args[2].equals("--db") ? args[3] : null;
    Path work = Files.createTempDirectory("guwah-import-bench");
    Path csv = work.resolve("persons.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      DemoData.writePersonsCsv(1, rows, w);
    }
    System.out.printf("file: %,d rows, %,d bytes%n", rows, Files.size(csv));
    for (int run = 1; run <= runs; run++) {
      Path data = work.resolve("data" + run);
      if (db == null) {
        // create the cluster and schema outside the timed part: the benchmark measures the import
        try (Database d = Database.open(DatabaseOptions.embedded(data, 2))) {
          d.migrate();
        }
      }
      long t0 = System.nanoTime();
      int code = db == null
          ? Main.run("import", "csv", csv.toString(), "--data", data.toString())
          : Main.run("import", "csv", csv.toString(), "--data", data.toString(), "--db", db);
      double s = (System.nanoTime() - t0) / 1e9;
      if (code != 0) {
        throw new IllegalStateException("import failed with exit code " + code);
      }
      System.out.printf("run %d: %,d rows in %.2f s = %,.0f rows/s (whole command: server start, parse, validate, encrypt, insert, commit)%n",
          run, rows, s, rows / s);
    }
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
