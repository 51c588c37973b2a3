package org.guwah.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guwah.store.accounts.Role;
import org.guwah.web.auth.SessionCookies;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Search in the product, end to end over HTTP on a real server and database (ADR 0014): one corpus
 * with a Uyghur (Arabic script), a Chinese and a Kazakh (Cyrillic) testimony, each found by a word
 * of its own on the search page by the documenter who recorded it; records a caller may not see
 * (consent refused or withdrawn, another documenter's, a partner's share involving a protected
 * third party, another partner's share) never in hits, totals or facets; identity canaries never on
 * disk in clear; restarts; hostile queries.
 */
class SearchIT {
  static final String UG_WORD = "لاگېرغا";
  static final String UG_TEXT = "مېنىڭ ئاكام 2018-يىلى لاگېرغا ئېلىپ كېتىلدى. ortaqsoz";
  static final String ZH_WORD = "再教育营";
  static final String ZH_TEXT = "我的哥哥在二〇一八年被送进再教育营，从此音讯全无。ortaqsoz";
  static final String KK_WORD = "лагерьге";
  static final String KK_TEXT = "Менің ағам 2018 жылы лагерьге жабылды, содан бері хабар жоқ. ortaqsoz";
  static final String CANARY_NAME = "Qanariyaxun Zeytunbayeva";
  static final String CANARY_NAME_UG = "قانارىياخۇن زەيتۇنبايېۋا";
  static final String CANARY_WORD = "kanareykaxabar";
  static final String HIDDEN_WORD = "yoshurunsoz";

  static TestServer server;
  static PageBrowser documenterPage;
  static Caller documenter;
  static Caller otherDocumenter;
  static Caller analyst;
  static Caller partner;
  static Caller otherPartner;
  static UUID documenterId;
  static UUID partnerId;
  static final Map<String, String> ids = new LinkedHashMap<>();

  static String consent(String... grants) {
    StringBuilder b = new StringBuilder("{\"purposes\": {");
    for (int i = 0; i < grants.length; i++) {
      String[] g = grants[i].split("=");
      String status = g[1];
      b.append(i == 0 ? "" : ", ").append('"').append(g[0]).append("\": {\"status\": \"").append(status)
          .append("\", \"recordedOn\": \"2024-03-01\"")
          .append(status.equals("WITHDRAWN") ? ", \"withdrawnOn\": \"2024-05-01\"" : "")
          .append(", \"method\": \"WRITTEN\"}");
    }
    return b.append("}}").toString();
  }

  static String create(Caller as, String path, String json) {
    Response r = as.send("POST", path, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  static String source(Caller as, String key, String language, String consent, String text, String reporter) {
    String id = create(as, "/api/v1/sources", """
        {"kind": "INTERVIEW", "language": "%s", "receivedOn": "2023-06", "consent": %s, "title": "t-%s",
         "testimony": "%s"%s}""".formatted(language, consent, key, text,
        reporter == null ? "" : ", \"reporterPersonId\": \"" + reporter + "\""));
    ids.put(key, id);
    return id;
  }

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
    documenterPage = new PageBrowser(server).signIn(server.credentials(Role.DOCUMENTER));
    documenter = documenterPage.asApiCaller();
    otherDocumenter = server.signedIn(Role.DOCUMENTER);
    analyst = server.signedIn(Role.ANALYST);
    partner = server.signedIn(Role.PARTNER);
    otherPartner = server.signedIn(Role.PARTNER);
    documenterId = UUID.fromString(documenter.get("/api/v1/session").json().path("accountId").asString());
    partnerId = UUID.fromString(partner.get("/api/v1/session").json().path("accountId").asString());

    String both = consent("INTERNAL_ANALYSIS=GRANTED", "PARTNER_SHARING=GRANTED");
    String respondent = create(documenter, "/api/v1/persons", """
        {"names": [{"value": "%s", "script": "LATIN"}, {"value": "%s", "script": "UEY"}],
         "residenceCountry": "TR", "consent": %s, "notes": "notes %s"}""".formatted(CANARY_NAME, CANARY_NAME_UG, both,
        CANARY_WORD));
    ids.put("respondent", respondent);
    source(documenter, "ug", "ug", both, UG_TEXT, respondent);
    source(documenter, "zh", "zh", consent("INTERNAL_ANALYSIS=GRANTED"), ZH_TEXT, null);
    source(documenter, "kk", "kk", consent("INTERNAL_ANALYSIS=GRANTED", "PARTNER_SHARING=REFUSED"), KK_TEXT, null);
    // records analysts and other documenters may not see; all in Turkish, so a leak would show as a facet
    source(documenter, "refused", "tr", consent("INTERNAL_ANALYSIS=REFUSED"), HIDDEN_WORD + " ortaqsoz " + CANARY_WORD, null);
    source(documenter, "withdrawn", "tr", consent("INTERNAL_ANALYSIS=WITHDRAWN"), HIDDEN_WORD + " ortaqsoz", null);
    source(otherDocumenter, "private", "tr", consent("INTERNAL_ANALYSIS=REFUSED"), HIDDEN_WORD + " ortaqsoz", null);
    // a relative in Xinjiang who never consented, reported on by a source shared with the partner
    String relative = create(documenter, "/api/v1/persons", """
        {"names": [{"value": "Himayat Qoghdalghuchi", "script": "LATIN"}], "protectedThirdParty": true}""");
    ids.put("relative", relative);
    source(documenter, "protected", "tr", consent("PARTNER_SHARING=GRANTED"), HIDDEN_WORD + " ortaqsoz", relative);
    for (String key : List.of("ug", "kk", "protected")) {
      server.cases().share("source", UUID.fromString(ids.get(key)), partnerId, documenterId);
    }
    server.cases().share("person", UUID.fromString(respondent), partnerId, documenterId);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Searches through the API; the answer's JSON. */
  static JsonNode search(Caller as, String q) {
    Response r = as.send("POST", "/api/v1/search", "{\"q\": " + json(q) + ", \"limit\": 100}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }

  static Set<String> hitIds(JsonNode answer) {
    Set<String> out = new TreeSet<>();
    answer.path("hits").forEach(h -> out.add(h.path("id").asString()));
    return out;
  }

  static Set<String> keys(String... keys) {
    Set<String> out = new TreeSet<>();
    for (String k : keys) {
      out.add(ids.get(k));
    }
    return out;
  }

  static long facet(JsonNode answer, String dimension, String value) {
    for (JsonNode v : answer.path("facets").path(dimension)) {
      if (v.path("value").asString().equals(value)) {
        return v.path("count").asLong();
      }
    }
    return 0;
  }

  @Test
  void theDocumenterFindsEachScriptByAWordOfItsOwnOnTheSearchPage() throws Exception {
    PageBrowser page = documenterPage;
    for (String[] c : List.of(new String[] {"ug", UG_WORD}, new String[] {"zh", ZH_WORD}, new String[] {"kk", KK_WORD})) {
      PageBrowser.Page answer = page.post("/search", Map.of("q", c[1]));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.hitIds()).as(c[0]).containsExactly(ids.get(c[0]));
      assertThat(answer.body()).contains("data-total=\"1\"").contains("<mark>" + c[1] + "</mark>");
      if (c[0].equals("ug")) {
        assertThat(answer.body()).contains("href=\"/persons/" + ids.get("respondent") + "\"");
      }
    }
    // the same words through the API, as the same documenter
    assertThat(hitIds(search(documenter, UG_WORD))).isEqualTo(keys("ug"));
    assertThat(hitIds(search(documenter, ZH_WORD))).isEqualTo(keys("zh"));
    assertThat(hitIds(search(documenter, KK_WORD))).isEqualTo(keys("kk"));
    // a two-character Chinese word inside the longer run, and a quoted phrase
    assertThat(hitIds(search(documenter, "教育"))).isEqualTo(keys("zh"));
    assertThat(hitIds(search(documenter, "\"ағам 2018 жылы\""))).isEqualTo(keys("kk"));
    // a name, stored only as an identity value of the person
    JsonNode byName = search(documenter, "Zeytunbayeva");
    assertThat(hitIds(byName)).isEqualTo(keys("respondent"));
    assertThat(byName.path("hits").get(0).path("title").asString()).isEqualTo(CANARY_NAME);
  }

  @Test
  void theSearchPageSpeaksEveryLanguageAndUyghurRightToLeft() throws Exception {
    PageBrowser page = documenterPage;
    for (String lang : List.of("en", "ug", "kk", "ru", "tr", "zh")) {
      PageBrowser.Page form = page.get("/search?lang=" + lang);
      assertThat(form.status()).isEqualTo(200);
      assertThat(form.body()).contains("lang=\"" + lang + "\"").contains("href=\"/search\"").doesNotContain("[search.");
      assertThat(form.body()).contains(lang.equals("ug") ? "dir=\"rtl\"" : "dir=\"ltr\"");
      PageBrowser.Page answer = page.post("/search?lang=" + lang, Map.of("q", "ortaqsoz"));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).doesNotContain("[search.").doesNotContain("[facet.");
    }
  }

  @Test
  void theAnalystFindsConsentedTestimoniesCodedAndNeverTheOthers() {
    JsonNode all = search(analyst, "ortaqsoz");
    assertThat(hitIds(all)).isEqualTo(keys("ug", "zh", "kk"));
    assertThat(all.path("total").asLong()).isEqualTo(3);
    assertThat(facet(all, "language", "tr")).isZero();
    assertThat(facet(all, "kind", "testimony")).isEqualTo(3);
    for (JsonNode h : all.path("hits")) {
      assertThat(h.path("full").asBoolean()).isFalse();
      assertThat(h.has("snippet") && !h.path("snippet").isNull()).isFalse();
      assertThat(h.has("title") && !h.path("title").isNull()).isFalse();
    }
    assertThat(all.toString()).doesNotContain("ortaqsoz").doesNotContain(UG_WORD);
    JsonNode hidden = search(analyst, HIDDEN_WORD);
    assertThat(hidden.path("total").asLong()).isZero();
    assertThat(hidden.path("hits").size()).isZero();
    assertThat(hidden.path("facets").size()).isZero();
    // names are found only by who reads the person in full
    assertThat(search(analyst, "Zeytunbayeva").path("total").asLong()).isZero();
    assertThat(search(analyst, CANARY_WORD).path("total").asLong()).isZero();
  }

  @Test
  void aDocumenterNeverFindsAnotherDocumentersUnconsentedRecords() {
    JsonNode mine = search(documenter, HIDDEN_WORD);
    assertThat(hitIds(mine)).isEqualTo(keys("refused", "withdrawn", "protected"));
    JsonNode theirs = search(otherDocumenter, HIDDEN_WORD);
    assertThat(hitIds(theirs)).isEqualTo(keys("private"));
    assertThat(theirs.path("total").asLong()).isEqualTo(1);
    assertThat(facet(theirs, "language", "tr")).isEqualTo(1);
    JsonNode common = search(otherDocumenter, "ortaqsoz");
    assertThat(hitIds(common)).isEqualTo(keys("ug", "zh", "kk", "private"));
    for (JsonNode h : common.path("hits")) {
      assertThat(h.path("full").asBoolean()).isEqualTo(h.path("id").asString().equals(ids.get("private")));
    }
  }

  @Test
  void aPartnerFindsOnlyWhatIsSharedConsentedAndFreeOfProtectedThirdParties() {
    JsonNode shared = search(partner, "ortaqsoz");
    assertThat(hitIds(shared)).isEqualTo(keys("ug"));
    assertThat(shared.path("total").asLong()).isEqualTo(1);
    assertThat(shared.path("hits").get(0).path("snippet").asString()).contains(UG_WORD);
    assertThat(search(partner, HIDDEN_WORD).path("total").asLong()).isZero();
    assertThat(hitIds(search(partner, "Zeytunbayeva"))).isEqualTo(keys("respondent"));
    assertThat(search(partner, "Qoghdalghuchi").path("total").asLong()).isZero();
    JsonNode other = search(otherPartner, "ortaqsoz");
    assertThat(other.path("total").asLong()).isZero();
    assertThat(other.path("facets").size()).isZero();
  }

  @Test
  void aConsentWithdrawalHidesTheTestimonyFromTheNextSearch() {
    String id = source(documenter, "toWithdraw", "ru", consent("INTERNAL_ANALYSIS=GRANTED"), "отозвано согласие ortaqsoz", null);
    assertThat(hitIds(search(analyst, "отозвано"))).containsExactly(id);
    JsonNode current = documenter.get("/api/v1/sources/" + id).json();
    String body = current.toString().replace("\"status\":\"GRANTED\"", "\"status\":\"WITHDRAWN\",\"withdrawnOn\":\"2024-06-01\"");
    Response r = documenter.send("PUT", "/api/v1/sources/" + id, body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode after = search(analyst, "отозвано");
    assertThat(after.path("total").asLong()).isZero();
    assertThat(facet(search(analyst, "ortaqsoz"), "language", "ru")).isZero();
  }

  @Test
  void aStaleIndexNeverShowsWhatTheStoreHides() {
    String id = source(documenter, "stale", "ru", consent("INTERNAL_ANALYSIS=GRANTED"), "устаревший индекс ortaqsoz", null);
    assertThat(hitIds(search(analyst, "устаревший"))).containsExactly(id);
    // withdraw behind the index's back: no trigger fires, nothing is queued, the index still says "consented"
    server.cases().jdbi().useTransaction(h -> {
      h.execute("set local session_replication_role = replica");
      h.createUpdate("update source set consent = jsonb_set(consent, '{purposes,INTERNAL_ANALYSIS,status}', '\"WITHDRAWN\"')"
          + " where id = :id").bind("id", UUID.fromString(id)).execute();
    });
    JsonNode after = search(analyst, "устаревший");
    assertThat(after.path("hits").size()).isZero();
    assertThat(after.path("total").asLong()).isZero();
    assertThat(after.path("facets").size()).isZero();
    // the hit the store did not confirm was re-indexed from the database on the spot
    assertThat(search(analyst, "ortaqsoz").path("total").asLong()).isEqualTo(hitIds(search(analyst, "ortaqsoz")).size());
  }

  @Test
  void identityCanariesAreNeverOnDiskInClear() throws IOException {
    server.guwah().search().keeper().drain();
    List<byte[]> needles = new ArrayList<>();
    for (String s : List.of(CANARY_NAME, CANARY_NAME_UG, CANARY_WORD, HIDDEN_WORD, UG_WORD, ZH_WORD, KK_WORD,
        "Zeytunbayeva", "zeytunbayeva", "qanariyaxun", "ortaqsoz", "教育", "лагерьге", "Qoghdalghuchi", "qoghdalghuchi")) {
      needles.add(s.getBytes(StandardCharsets.UTF_8));
      needles.add(s.getBytes(StandardCharsets.UTF_16LE));
      needles.add(s.getBytes(StandardCharsets.UTF_16BE));
    }
    int files = 0;
    try (Stream<Path> walk = Files.walk(server.searchDirectory())) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        byte[] content = Files.readAllBytes(f);
        files++;
        for (byte[] n : needles) {
          assertThat(indexOf(content, n)).as(f + " holds a canary in clear").isEqualTo(-1);
        }
      }
    }
    assertThat(files).isGreaterThan(3);
    assertThat(server.guwah().search().keeper().documentCount()).isGreaterThanOrEqualTo(ids.size());
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void hostileQueriesAreAnsweredCleanly() throws Exception {
    String big = "ا".repeat(5 * 1024 * 1024);
    Response tooLong = analyst.send("POST", "/api/v1/search", "{\"q\": \"" + big + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.code()).isEqualTo("validation_failed");
    assertThat(tooLong.body().length()).isLessThan(1000);
    for (String junk : List.of("\"unclosed OR OR - -\"- ( ) * ? ~ : ^ [ ] \\ / { } && || !", "OR", "-", "\"\"",
        "\u202E" + UG_WORD + "\u202C", "\u2067" + KK_WORD + "\u2069 \u200F\u200E", "a\u0000b", "\uD800 lone", "*:*",
        "<script>alert(1)</script>", "title:x AND id:[* TO *]")) {
      Response r = analyst.send("POST", "/api/v1/search", "{\"q\": " + json(junk) + "}");
      assertThat(r.status()).as(junk).isEqualTo(200);
      assertThat(r.body()).doesNotContain("<script>");
    }
    assertThat(hitIds(search(analyst, "\u202E" + UG_WORD + "\u202C"))).isEqualTo(keys("ug"));
    assertThat(analyst.send("POST", "/api/v1/search", "{\"q\": \"" + "w ".repeat(40) + "\"}").status()).isEqualTo(400);
    for (String bad : List.of("{\"filters\": {\"kind\": [\"<b>\"]}}", "{\"filters\": {\"nope\": [\"x\"]}}",
        "{\"filters\": {\"kind\": []}}", "{\"offset\": -1}", "{\"offset\": 10001}", "{\"limit\": 0}", "{\"limit\": 101}",
        "{\"q\": 5}", "{\"q\": \"x\", \"extra\": 1}", "[]", "{")) {
      Response r = analyst.send("POST", "/api/v1/search", bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.body()).as(bad).startsWith("{\"error\"");
    }
    PageBrowser page = documenterPage;
    PageBrowser.Page huge = page.post("/search", Map.of("q", "x".repeat(10 * 1024 * 1024)));
    assertThat(huge.status()).isBetween(400, 499);
    assertThat(huge.body().length()).isLessThan(100_000);
    PageBrowser.Page rtl = page.post("/search", Map.of("q", "\u202E" + UG_WORD + "\u202C"));
    assertThat(rtl.status()).isEqualTo(200);
    assertThat(rtl.hitIds()).containsExactly(ids.get("ug"));
    PageBrowser.Page script = page.post("/search", Map.of("q", "<script>alert(1)</script>", "f", "kind:<b>"));
    assertThat(script.status()).isEqualTo(400);
    assertThat(script.body()).doesNotContain("<script>alert").doesNotContain("<b>");
    assertThat(page.post("/search", Map.of("q", "w ".repeat(40))).status()).isEqualTo(400);
    assertThat(page.get("/search?q=" + URLEncoder.encode(UG_WORD, StandardCharsets.UTF_8)).body()).doesNotContain("data-id=");
    // still answering
    assertThat(hitIds(search(analyst, KK_WORD))).isEqualTo(keys("kk"));
  }

  @Test
  void facetsNarrowAndCountOnlyVisibleRecords() throws Exception {
    Response r = documenter.send("POST", "/api/v1/search", "{\"q\": \"ortaqsoz\", \"filters\": {\"language\": [\"zh\", \"kk\"]}}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(hitIds(r.json())).isEqualTo(keys("zh", "kk"));
    assertThat(facet(r.json(), "language", "ug")).isEqualTo(1);
    PageBrowser page = documenterPage;
    PageBrowser.Page narrowed = page.post("/search", Map.of("q", "ortaqsoz", "toggle", "language:ug"));
    assertThat(narrowed.hitIds()).containsExactly(ids.get("ug"));
    assertThat(narrowed.body()).contains("aria-pressed=\"true\"");
  }

  @Test
  void theApiIsDescribedInTheOpenApiDocument() {
    JsonNode doc = server.anonymous().get("/api/v1/openapi.json").json();
    JsonNode op = doc.path("paths").path("/api/v1/search").path("post");
    assertThat(op.path("operationId").asString()).isEqualTo("search");
    assertThat(op.path("requestBody").isObject()).isTrue();
  }

  /** A person's browser without JavaScript: form posts with the session cookie and the page's CSRF token. */
  public static final class PageBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern HIT = Pattern.compile("class=\"hit\" data-id=\"([0-9a-f-]{36})\"");
    private final TestServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie = "";
    private String csrf = "";

    PageBrowser(TestServer server) {
      this.server = server;
    }

    record Page(int status, String body) {
      List<String> hitIds() {
        List<String> out = new ArrayList<>();
        Matcher m = HIT.matcher(body);
        while (m.find()) {
          out.add(m.group(1));
        }
        return out;
      }
    }

    PageBrowser signIn(TestServer.Credentials c) throws Exception {
      Page first = post("/sign-in", Map.of("loginName", c.loginName(), "password", c.password()));
      assertThat(first.status()).as(first.body()).isEqualTo(303);
      get("/sign-in/second-factor");
      Page second = post("/sign-in/second-factor", Map.of("code", c.code()));
      assertThat(second.status()).as(second.body()).isEqualTo(303);
      get("/search");
      return this;
    }

    /** The same session as an API caller (cookie and CSRF token). */
    Caller asApiCaller() {
      return server.new Caller(cookie, csrf);
    }

    Page get(String path) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Page post(String path, Map<String, String> form) throws Exception {
      StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
      form.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private Page send(HttpRequest.Builder b) throws Exception {
      if (!cookie.isEmpty()) {
        b.header("Cookie", SessionCookies.NAME + "=" + cookie);
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String h : r.headers().allValues("Set-Cookie")) {
        if (h.startsWith(SessionCookies.NAME + "=")) {
          String v = h.substring(SessionCookies.NAME.length() + 1);
          cookie = v.substring(0, v.indexOf(';') < 0 ? v.length() : v.indexOf(';'));
        }
      }
      Matcher m = CSRF.matcher(r.body());
      if (m.find()) {
        csrf = m.group(1);
      }
      return new Page(r.statusCode(), r.body());
    }
  }
}
