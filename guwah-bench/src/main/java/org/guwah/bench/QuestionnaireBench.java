package org.guwah.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.core.ids.Ids;
import org.guwah.forms.testing.SampleForms;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.audit.AuditKeys;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.PasswordHasher;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.store.questionnaires.NewQuestionnaire;
import org.guwah.store.questionnaires.Questionnaire;
import org.guwah.store.questionnaires.QuestionnaireStore;
import org.guwah.web.GuwahServer;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;

/**
 * Questionnaire submission throughput: an embedded database, the real server, one invitation
 * admitting every submission, and C respondents on loopback each opening the form (GET, which
 * renders it and hands out its nonce) and sending a complete answer set (POST: validation against
 * the XLSForm, sealing, spending a use, storing) as fast as they can, after a warm-up. Prints
 * submissions per second and the latency of the POST. Clients and server share the machine's cores.
 *
 * <p>Usage: {@code java -cp ... org.guwah.bench.QuestionnaireBench [CLIENTS] [SECONDS]}.
 */
public final class QuestionnaireBench {
  private static final Pattern NONCE = Pattern.compile("name=\"_nonce\" value=\"([^\"]+)\"");

  private QuestionnaireBench() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path work = Files.createTempDirectory("guwah-questionnaire-bench");
    try (Database db = Database.open(DatabaseOptions.embedded(work.resolve("data"), 24))) {
      db.migrate();
      KeyRing keys = KeyRing.create(work.resolve("keys"));
      SecureRandom random = new SecureRandom();
      CaseStore store = CaseStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system());
      AccountStore accounts = AccountStore.create(db.jdbi(), keys, PasswordHasher.create(random), Clock.systemUTC(),
          random);
      AuditLog audit = AuditLog.open(db, AuditKeys.chainKey(keys), Clock.systemUTC(), work.resolve("audit.anchor"));
      QuestionnaireStore questionnaires = QuestionnaireStore.create(db.jdbi(), keys, Clock.systemUTC(), random);
      Questionnaire q = questionnaires.add(new NewQuestionnaire("Family and pressure survey", "family_pressure_v1", null,
          List.of("en", "ug", "ru"), 9, SampleForms.respondent().build(), null));
      String link = questionnaires.issue(q.id(), 1, 100_000, Duration.ofDays(1)).get(0).path();
      try (GuwahServer guwah = GuwahServer.create(store, keys, accounts, audit, false, Clock.systemUTC(), random,
              work.resolve("search"));
          ApiServer server = guwah.build(ApiServerOptions.defaults().withPort(0)
              .withWorkerThreads(Integer.getInteger("guwah.bench.threads", 64))).start()) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + link + "?lang=ug");
        run(uri, clients, 5, false);
        run(uri, clients, seconds, true);
        long stored = db.jdbi().withHandle(h -> h.createQuery("select count(*) from questionnaire_submission")
            .mapTo(Long.class).one());
        System.out.printf("submissions stored: %,d%n", stored);
      }
    }
  }

  private static String body(String nonce, int n) {
    String[][] fields = {
        {"_nonce", nonce}, {"_action", "submit"}, {"your_name", "Respondent " + n + " ئابدۇ"}, {"residence", "TR"},
        {"birth_year", String.valueOf(1950 + n % 50)}, {"consent", "INTERNAL_ANALYSIS"}, {"consent", "UN_SUBMISSION"},
        {"contacted", "yes"}, {"what_happened", "The police called my mother and asked where I live. " + n},
        {"relatives[1]/relative_name", "Relative " + n}, {"relatives[1]/relation", "SIBLING"},
        {"relatives[1]/status", "IN_CAMP"}, {"relatives[2]/relative_name", "Relative B " + n},
        {"relatives[2]/relation", "PARENT"},
        {"_shown", "your_name,residence,birth_year,consent,contacted,what_happened,relatives[1]/relative_name,"
            + "relatives[1]/relation,relatives[1]/status,relatives[2]/relative_name,relatives[2]/relation,"
            + "relatives[2]/status"}};
    StringBuilder b = new StringBuilder();
    for (String[] f : fields) {
      b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(f[0], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  private static void run(URI uri, int clients, int seconds, boolean report) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(pool.submit(() -> {
        long[] lat = new long[1 << 14];
        int n = 0;
        while (System.nanoTime() < end) {
          HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
          Matcher m = NONCE.matcher(form.body());
          if (form.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("form: status " + form.statusCode());
          }
          long t = System.nanoTime();
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body(m.group(1), client * 1_000_000 + n))).build(),
              HttpResponse.BodyHandlers.ofString());
          long dt = System.nanoTime() - t;
          if (r.statusCode() != 200 || !r.body().contains("id=\"codename\"")) {
            throw new IllegalStateException("submit: status " + r.statusCode());
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
    System.out.printf("%d respondents, %d s: %,d submissions, %,.0f submissions/s (each after a GET of the form);"
        + " submit latency ms p50 %.1f p95 %.1f p99 %.1f%n", clients, seconds, measured.count(),
        measured.count() / (double) seconds, measured.ms(0.50), measured.ms(0.95), measured.ms(0.99));
  }

}
