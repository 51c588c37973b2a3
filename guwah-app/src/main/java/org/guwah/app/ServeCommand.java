package org.guwah.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.guwah.app.demo.DemoData;
import org.guwah.app.demo.DemoDataset;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.accounts.IssuedInvitation;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.crypto.PasswordHasher;
import org.guwah.web.GuwahServer;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code guwah serve}: the HTTP API (and, later, the web pages). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the Guwah server. Without --db, PostgreSQL runs embedded under the data folder.",
        "Keys are created on first start. GET /health answers 200 when ready."})
final class ServeCommand implements Callable<Integer> {
  @Mixin GlobalOptions options = new GlobalOptions();

  @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--bind", description = "Address to listen on (default ${DEFAULT-VALUE}; put a TLS proxy in front for anything else)")
  String bind = "127.0.0.1";

  @Option(names = "--demo", description = "Load synthetic demo data when the database is empty")
  boolean demo;

  @Option(names = "--demo-seed", description = "Seed of the demo data (default ${DEFAULT-VALUE})")
  long demoSeed = 2020;

  @Option(names = "--share", paramLabel = "FILE", description = "A custody share file, to start with a sealed keys"
      + " folder (repeat up to the threshold); the keys are opened in memory only")
  java.util.List<java.nio.file.Path> shareFiles = new java.util.ArrayList<>();

  @Option(names = "--secure-cookies", description = "Mark the session cookie Secure (set this when clients reach"
      + " Guwah over HTTPS through a TLS proxy)")
  boolean secureCookies;

  @Option(names = "--threads", description = "HTTP worker threads (default ${DEFAULT-VALUE}; a few per core keeps"
      + " latency even under load)")
  int workerThreads = 64;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    java.util.List<String> shares = new java.util.ArrayList<>();
    for (java.nio.file.Path f : shareFiles) {
      shares.add(KeysCommand.readShareFile(f));
    }
    try (Installation inst = Installation.open(options, true, 16, shares)) {
      if (demo) {
        loadDemo(inst.store(), demoSeed);
      }
      SecureRandom random = new SecureRandom();
      AccountStore accounts = AccountStore.create(inst.database().jdbi(), inst.keys(), PasswordHasher.create(random),
          Clock.systemUTC(), random);
      AuditLog audit = AuditCommand.open(inst, options);
      GuwahServer guwah = GuwahServer.create(inst.store(), inst.keys(), accounts, audit, secureCookies, Clock.systemUTC(), random,
          inst.searchDir());
      ApiServerOptions serverOptions = ApiServerOptions.defaults().withBindAddress(bind).withPort(port)
          .withInfo("Guwah API", "0.1.0").withWorkerThreads(workerThreads);
      CountDownLatch stop = new CountDownLatch(1);
      try (GuwahServer closing = guwah; ApiServer server = guwah.build(serverOptions).start()) {
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "guwah-shutdown"));
        String base = String.format("http://%s:%d/", bind.contains(":") ? "[" + bind + "]" : bind, server.port());
        accounts.firstStartInvitation().ifPresent(i -> printFirstStart(base, i));
        System.out.printf("Guwah is ready at %s (started in %.1f s). Stop with Ctrl-C.%n", base,
            (System.nanoTime() - start) / 1e9);
        System.out.flush();
        stop.await();
      }
    }
    return 0;
  }

  /**
   * No administrator exists yet: prints the one-time enrolment link of the first administrator. The
   * token sits in the link's fragment, which browsers never send to a server (so it reaches no
   * access log); there is no default password.
   */
  private static void printFirstStart(String base, IssuedInvitation invitation) {
    System.out.println("No administrator yet. Enrol the first one (one-time link, valid until "
        + invitation.invitation().expiresAt() + "):");
    System.out.println("  " + base + "enrol#" + invitation.token());
    System.out.println("  (API: POST /api/v1/enrolment with {\"token\": ..., \"loginName\": ..., \"password\": ...})");
  }

  /** Loads the synthetic demo data set unless the store already holds persons. */
  static void loadDemo(CaseStore store, long seed) {
    if (store.counts().getOrDefault("person", 0L) > 0) {
      System.out.println("demo: the database already holds records; nothing loaded");
      return;
    }
    DemoDataset d = DemoData.generate(seed);
    store.inTransaction(h -> {
      store.persons().createAll(h, d.respondents());
      store.sources().createAll(h, d.sources());
      store.persons().createAll(h, d.relatives());
      store.incidents().createAll(h, d.incidents());
      store.detentions().createAll(h, d.detentions());
      store.relationships().createAll(h, d.relationships());
      return null;
    });
    System.out.println("demo: loaded synthetic " + d);
  }

}
