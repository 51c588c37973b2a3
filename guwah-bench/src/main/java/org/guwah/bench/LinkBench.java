package org.guwah.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.guwah.app.Main;

/**
 * Whole-program linkage benchmark: writes a synthetic record file with {@code guwah link-eval
 * generate} (not timed), then runs {@code guwah link} on it (read, prepare, block, compare, learn
 * weights, cluster, write) several times in this JVM and prints wall time and records/s, then the
 * pairwise quality against the truth.
 *
 * <p>Usage: {@code java -Xmx6g -cp guwah-app/target/guwah.jar:guwah-bench/target/guwah-bench-0.1.0-SNAPSHOT.jar
 * org.guwah.bench.LinkBench [RECORDS] [RUNS] [PROFILE]}. For the cold single-process figure run
 * {@code guwah link} itself under {@code /usr/bin/time} (docs/benchmarks.md).
 */
public final class LinkBench {
  private LinkBench() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String profile = args.length > 2 ? args[2] : "standard";
    Path work = Files.createTempDirectory("guwah-link-bench");
    Path csv = work.resolve("records.csv");
    Path truth = work.resolve("truth.csv");
    Path clusters = work.resolve("clusters.csv");
    int code = Main.run("link-eval", "generate", "--records", Integer.toString(records), "--seed", "1",
        "--profile", profile, "--out", csv.toString(), "--truth", truth.toString());
    if (code != 0) {
      throw new IllegalStateException("generate failed with exit code " + code);
    }
    System.out.printf("file: %,d records, %,d bytes%n", records, Files.size(csv));
    for (int run = 1; run <= runs; run++) {
      System.gc();
      long t0 = System.nanoTime();
      code = Main.run("link", csv.toString(), "--out", clusters.toString());
      double s = (System.nanoTime() - t0) / 1e9;
      if (code != 0) {
        throw new IllegalStateException("link failed with exit code " + code);
      }
      Runtime rt = Runtime.getRuntime();
      System.out.printf("run %d: %,d records in %.2f s = %,.0f records/s (heap committed %,d MB)%n", run, records, s,
          records / s, rt.totalMemory() >> 20);
    }
    Main.run("link-eval", "score", "--truth", truth.toString(), "--clusters", clusters.toString());
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
