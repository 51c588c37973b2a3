package org.guwah.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.audit.AuditVerification;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.jspecify.annotations.Nullable;

/**
 * Audit append throughput: THREADS threads each call {@link AuditLog#append} with one entry in a
 * loop for SECONDS (after a warm-up of the same length / 3), on a fresh durable embedded database
 * (fsync on) or on {@code --db}. Group commit joins concurrent callers into one transaction. Runs
 * with 1 thread and with THREADS, each with and without the anchor file, then times {@code verify()} over
 * the whole chain (plus VERIFY_ROWS more entries appended in batches if asked).
 *
 * <p>Usage: {@code java -cp $CP org.guwah.bench.AuditAppendBench [THREADS] [SECONDS] [VERIFY_ROWS]
 * [--db JDBC_URL]}
 */
public final class AuditAppendBench {
  private AuditAppendBench() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int verifyRows = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    String url = args.length > 4 && args[3].equals("--db") ? args[4] : null;
    Path work = Files.createTempDirectory("guwah-audit-bench");
    DatabaseOptions options = url == null
        ? DatabaseOptions.embedded(work.resolve("data"), 8)
        : DatabaseOptions.external(url, null, null, 8);
    byte[] key = "audit-bench-chain-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (Database db = Database.open(options)) {
      db.migrate();
      AuditLog anchored = AuditLog.open(db, key, Clock.systemUTC(), work.resolve("audit.anchor"));
      AuditLog plain = AuditLog.open(db, key, Clock.systemUTC(), null);
      run("warm-up", anchored, threads, Math.max(1, seconds / 3), db);
      run("1 thread, no anchor file", plain, 1, seconds, db);
      run("1 thread, anchor file", anchored, 1, seconds, db);
      run(threads + " threads, anchor file", anchored, threads, seconds, db);
      run(threads + " threads, no anchor file", plain, threads, seconds, db);
      if (verifyRows > 0) {
        List<AuditEntry> batch = new ArrayList<>();
        for (int i = 0; i < AuditLog.MAX_BATCH; i++) {
          batch.add(entry(i));
        }
        for (int done = 0; done < verifyRows; done += batch.size()) {
          plain.append(batch);
        }
      }
      long t0 = System.nanoTime();
      AuditVerification v = anchored.verify();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("verify: %,d entries in %.2f s = %,.0f entries/s, ok=%s%n",
          v.entriesChecked(), s, v.entriesChecked() / s, v.ok());
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static AuditEntry entry(long i) {
    return AuditEntry.of(AuditEntry.account(new UUID(7, i % 50)), AuditAction.READ_IDENTITY)
        .withKind("person")
        .withRecord(new UUID(0x0190_0000_0000_7000L, i))
        .withPurpose("INTERNAL_ANALYSIS")
        .withDetail("fields", 4);
  }

  static void run(String label, AuditLog log, int threads, int seconds, Database db) throws Exception {
    long before = transactions(db);
    long seqBefore = log.lastSeq();
    LongAdder appends = new LongAdder();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    long[] deadline = new long[1];
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long base = t * 1_000_000_000L;
      futures.add(pool.submit(() -> {
        start.await();
        long i = base;
        while (System.nanoTime() < deadline[0]) {
          log.append(entry(i++));
          appends.increment();
        }
        return null;
      }));
    }
    long t0 = System.nanoTime();
    deadline[0] = t0 + seconds * 1_000_000_000L;
    start.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    long n = appends.sum();
    long batches = transactions(db) - before;
    System.out.printf("%s: %,d appends in %.1f s = %,.0f appends/s, %,d transactions (%.1f entries each)%n",
        label, n, s, n / s, batches, batches == 0 ? 0.0 : (double) (log.lastSeq() - seqBefore) / batches);
  }

  /** Distinct append times = transactions (entries of one transaction share its time). */
  static long transactions(Database db) {
    @Nullable Long n = db.jdbi().withHandle(h ->
        h.createQuery("select count(distinct at) from audit_event").mapTo(Long.class).one());
    return n == null ? 0 : n;
  }
}
