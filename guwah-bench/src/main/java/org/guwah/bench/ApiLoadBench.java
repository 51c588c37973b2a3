package org.guwah.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.guwah.app.demo.DemoData;
import org.guwah.app.demo.DemoDataset;
import org.guwah.core.ids.Ids;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.SessionStage;
import org.guwah.store.audit.AuditKeys;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.crypto.PasswordHasher;
import org.guwah.web.GuwahServer;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;

/**
 * API latency under load: an embedded database with the demo data set (scaled), the real server,
 * and C concurrent clients on loopback each listing 50 persons (decrypting their identity
 * envelopes) as fast as they can, after a warm-up. Prints p50/p95/p99/max and throughput. Clients
 * and server share the machine's cores.
 *
 * <p>Usage: {@code java -cp ... org.guwah.bench.ApiLoadBench [CLIENTS] [SECONDS] [RESPONDENTS]
 * [PER_CLIENT_RATE]}; with
 * CLIENTS 0 it only serves for SECONDS, for an external load generator such as {@code wrk}.
 * {@code -Dguwah.bench.role=documenter} (default: the records' own documenter, who reads them in
 * full, each answer audited) or {@code analyst} (coded data, nothing decrypted);
 * {@code -Dguwah.bench.threads=N} HTTP worker threads (default 64, as {@code serve});
 * {@code -Dguwah.bench.opened=N} decrypted records remembered per kind (0: none).
 */
public final class ApiLoadBench {
  private static String cookie = "";
  /** The documenter who recorded every record: as documenter the bench reads them in full (and audited). */
  private static final UUID OWNER = UUID.randomUUID();

  private ApiLoadBench() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int respondents = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    double perClientRate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
    Path work = Files.createTempDirectory("guwah-api-bench");
    try (Database db = Database.open(DatabaseOptions.embedded(work.resolve("data"), 24))) {
      db.migrate();
      KeyRing keys = KeyRing.create(work.resolve("keys"));
      CaseStore store = CaseStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system(),
          Integer.getInteger("guwah.bench.opened", CaseStore.DEFAULT_OPENED_CAPACITY));
      DemoDataset d = DemoData.generate(11, respondents);
      store.inTransaction(h -> {
        store.persons().createAll(h, d.respondents(), OWNER);
        store.sources().createAll(h, d.sources(), OWNER);
        store.persons().createAll(h, d.relatives(), OWNER);
        return null;
      });
      System.out.printf("loaded %s%n", d);
      SecureRandom random = new SecureRandom();
      AccountStore accounts = AccountStore.create(db.jdbi(), keys, PasswordHasher.create(random), Clock.systemUTC(),
          random);
      AuditLog audit = AuditLog.open(db, AuditKeys.chainKey(keys), Clock.systemUTC(), work.resolve("audit.anchor"));
      GuwahServer guwah = GuwahServer.create(store, keys, accounts, audit, false, Clock.systemUTC(), random);
      Role role = Role.fromCode(System.getProperty("guwah.bench.role", "documenter"));
      cookie = "guwah_session=" + guwah.cookies().sessions()
          .open(OWNER, Set.of(role), SessionStage.AUTHENTICATED).token();
      try (ApiServer server = guwah.build(options()).start()) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/persons?limit=50");
        if (clients == 0) {
          // serve only, for an external load generator such as wrk
          System.out.println("serving " + uri + " for " + seconds + " s as " + role.code() + " with header");
          System.out.println("Cookie: " + cookie);
          Thread.sleep(seconds * 1000L);
          return;
        }
        run(uri, clients, 10, false, perClientRate);
        run(uri, clients, seconds, true, perClientRate);
      }
    }
  }

  private static ApiServerOptions options() {
    return ApiServerOptions.defaults().withPort(0).withWorkerThreads(Integer.getInteger("guwah.bench.threads", 64));
  }

  /**
   * Each client sends back to back ({@code perClientRate} 0) or at a fixed rate per second, latency
   * then counted from the scheduled send time so that stalls are not hidden.
   */
  private static void run(URI uri, int clients, int seconds, boolean report, double perClientRate) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      results.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        HttpRequest req = HttpRequest.newBuilder(uri).header("Cookie", cookie).build();
        long interval = perClientRate > 0 ? (long) (1e9 / perClientRate) : 0;
        long next = System.nanoTime() + (long) (Math.random() * interval);
        while (System.nanoTime() < end) {
          if (interval > 0) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
              Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
          }
          long t = interval > 0 ? next : System.nanoTime();
          next += interval;
          HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
          long dt = System.nanoTime() - t;
          if (r.statusCode() != 200 || r.body().length < 1000) {
            throw new IllegalStateException("status " + r.statusCode());
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = dt;
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    Latencies measured = Latencies.of(results);
    pool.shutdownNow();
    ((ExecutorService) http.executor().orElseThrow()).shutdownNow();
    if (!report) {
      return;
    }
    System.out.printf("%d clients%s, %d s: %,d requests, %,.0f req/s; latency ms p50 %.2f p95 %.2f p99 %.2f max %.2f%n",
        clients, perClientRate > 0 ? " at " + perClientRate + " req/s each" : " back to back", seconds, measured.count(), measured.count() / (double) seconds, measured.ms(0.50), measured.ms(0.95),
        measured.ms(0.99), measured.maxMs());
  }

}
