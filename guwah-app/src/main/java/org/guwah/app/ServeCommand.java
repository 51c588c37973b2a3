package org.guwah.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.guwah.app.demo.DemoData;
import org.guwah.app.demo.DemoDataset;
import org.guwah.store.cases.CaseStore;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.ApiRoutes;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;
import org.guwah.web.cases.CaseRoutes;
import org.guwah.web.json.CaseJson;
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

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    try (Installation inst = Installation.open(options, true, 16)) {
      if (demo) {
        loadDemo(inst.store(), demoSeed);
      }
      List<ApiRoute> routes = new ArrayList<>(CaseRoutes.of(inst.store()));
      ApiServerOptions serverOptions = ApiServerOptions.defaults().withBindAddress(bind).withPort(port)
          .withInfo("Guwah API", "0.1.0").withJson(CaseJson.apiJson());
      CountDownLatch stop = new CountDownLatch(1);
      try (ApiServer server = ApiServer.create(ApiRoutes.of(routes), serverOptions).start()) {
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "guwah-shutdown"));
        System.out.printf("Guwah is ready at http://%s:%d/ (started in %.1f s). Stop with Ctrl-C.%n",
            bind.contains(":") ? "[" + bind + "]" : bind, server.port(), (System.nanoTime() - start) / 1e9);
        System.out.flush();
        stop.await();
      }
    }
    return 0;
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
