package org.guwah.web.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guwah.forms.testing.SampleForms;
import org.guwah.forms.testing.XlsxBuilder;
import org.guwah.store.accounts.Role;
import org.guwah.web.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questionnaires over HTTP with bad input: uploads that are too large, not workbooks, zip bombs,
 * broken forms and formula payloads; forged, malformed, used, withdrawn and N-use tokens; double
 * submissions; codenames; and what the respondent's pages send and store.
 */
class QuestionnaireIT {
  static final String CANARY = "Qanarigul-canary-7741";
  static TestServer server;
  static TestServer.Caller documenter;
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() {
    server = TestServer.start();
    documenter = server.signedIn(Role.DOCUMENTER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Answer(int status, Map<String, List<String>> headers, String body) {}

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  static Answer send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.headers().map(), r.body());
  }

  static Answer get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  static Answer documenterGet(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", "guwah_session=" + documenter.cookie()));
  }

  static Answer post(String path, Map<String, List<String>> form, boolean asDocumenter) throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach((k, vs) -> vs.forEach(v -> body.append(body.length() == 0 ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (asDocumenter) {
      b.header("Cookie", "guwah_session=" + documenter.cookie()).header("X-CSRF-Token", csrf());
    }
    return send(b);
  }

  static String csrf() throws Exception {
    Answer page = documenterGet("/questionnaires");
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1);
  }

  static Answer upload(byte[] xlsx, String fileName) throws Exception {
    String boundary = "guwahtestboundary" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xlsform\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(xlsx);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(base() + "/questionnaires"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Cookie", "guwah_session=" + documenter.cookie())
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  static long count(String table) {
    return server.cases().jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }

  /** Uploads the sample form; returns its page path. */
  static String uploaded() throws Exception {
    Answer a = upload(SampleForms.respondent().build(), "survey.xlsx");
    assertThat(a.status()).as(a.body()).isEqualTo(303);
    return a.headers().get("location").get(0);
  }

  static List<String> issue(String questionnaire, int count, int uses) throws Exception {
    Answer a = post(questionnaire + "/invitations", Map.of("count", List.of(String.valueOf(count)), "uses",
        List.of(String.valueOf(uses)), "days", List.of("3")), true);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<String> links = new ArrayList<>();
    Matcher m = Pattern.compile("class=\"invitation-link\">(/q/[A-Za-z0-9_-]{43})<").matcher(a.body());
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  /** A complete, valid answer set as the rendered form would post it. */
  static Map<String, List<String>> answers(String link) throws Exception {
    Answer form = get(link);
    assertThat(form.status()).isEqualTo(200);
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put("_nonce", List.of(field(form.body(), "_nonce")));
    a.put("_action", List.of("submit"));
    a.put("your_name", List.of(CANARY));
    a.put("residence", List.of("KZ"));
    a.put("birth_year", List.of("1979"));
    a.put("consent", List.of("INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS"));
    a.put("contacted", List.of("yes"));
    a.put("what_happened", List.of("They called my mother from the police station in 2019."));
    a.put("relatives[1]/relative_name", List.of("Canary Brother"));
    a.put("relatives[1]/relation", List.of("SIBLING"));
    a.put("_shown", List.of("your_name,residence,birth_year,consent,contacted,what_happened,relatives[1]/relative_name,"
        + "relatives[1]/relation,relatives[1]/status"));
    return a;
  }

  static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void badUploadsAreRefusedCleanlyAndStoreNothing() throws Exception {
    long before = count("questionnaire");
    Answer big = upload(new byte[6 << 20], "big.xlsx");
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.body()).contains("too large");

    Answer pdf = upload("%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.US_ASCII), "form.xlsx");
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.body()).contains("The form cannot be used");

    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
    }
    assertThat(bomb.size()).isLessThan(1 << 20);
    Answer bombed = upload(bomb.toByteArray(), "bomb.xlsx");
    assertThat(bombed.status()).isEqualTo(400);

    Answer broken = upload(XlsxBuilder.create().sheet("survey").row("type", "name", "label")
        .row("text", "a", "A").row("begin_group", "g", "G").row("geopoint", "where", "Where?").build(), "broken.xlsx");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body()).contains("<td>survey</td>").contains("geopoint");

    Answer empty = upload(new byte[0], "empty.xlsx");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(count("questionnaire")).isEqualTo(before);
  }

  @Test
  void aFormulaInALabelIsShownAsText() throws Exception {
    Answer a = upload(XlsxBuilder.create().sheet("survey").row("type", "name", "label")
        .row("text", "x", "=HYPERLINK(\"http://attacker.invalid\",\"Click <b>me</b>\")")
        .sheet("settings").row("form_title", "form_id").row("Formula", "formula_v1").build(), "formula.xlsx");
    assertThat(a.status()).as(a.body()).isEqualTo(303);
    String link = issue(a.headers().get("location").get(0), 1, 1).get(0);
    Answer form = get(link);
    assertThat(form.body()).contains("=HYPERLINK(\"http://attacker.invalid\",\"Click &lt;b&gt;me&lt;/b&gt;\")")
        .doesNotContain("<a href=\"http://attacker.invalid");
  }

  @Test
  void tokensAreEnforcedOnTheServerAndRevealNothing() throws Exception {
    String q = uploaded();
    List<String> single = issue(q, 2, 1);
    assertThat(single).hasSize(2);
    String forged = "/q/" + "A".repeat(43);
    Answer unknown = get(forged);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).doesNotContain("AAAAAAAAAA").doesNotContain("Family and pressure survey");
    assertThat(get("/q/..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);
    assertThat(get("/q/" + "x".repeat(5000)).status()).isEqualTo(404);
    long before = count("questionnaire_submission");
    assertThat(post(forged, answers(single.get(0)), false).status()).isEqualTo(404);

    // one use: the first submission is kept, the same form sent again is a duplicate, the token is gone
    Map<String, List<String>> filled = answers(single.get(0));
    Answer first = post(single.get(0), filled, false);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).containsPattern("\\d{4}(-\\d{4}){5}");
    assertThat(first.headers()).doesNotContainKey("set-cookie");
    assertThat(first.headers().get("cache-control")).containsExactly("no-store");
    Answer replay = post(single.get(0), filled, false);
    assertThat(replay.status()).isIn(409, 410);
    Answer used = get(single.get(0));
    assertThat(used.status()).isEqualTo(410);
    assertThat(used.body()).isEqualTo(unknown.body());
    assertThat(count("questionnaire_submission")).isEqualTo(before + 1);

    // N uses: a double click on one rendered form is stored once and spends one use
    String multi = issue(q, 1, 3).get(0);
    Map<String, List<String>> once = answers(multi);
    assertThat(post(multi, once, false).status()).isEqualTo(200);
    Answer doubled = post(multi, once, false);
    assertThat(doubled.status()).isEqualTo(409);
    assertThat(doubled.body()).contains("already received");
    assertThat(post(multi, answers(multi), false).status()).isEqualTo(200);
    assertThat(post(multi, answers(multi), false).status()).isEqualTo(200);
    assertThat(get(multi).status()).isEqualTo(410);
    assertThat(count("questionnaire_submission")).isEqualTo(before + 4);

    // withdrawn
    String other = single.get(1);
    Answer page = documenterGet(q);
    Matcher revoke = Pattern.compile("action=\"(" + Pattern.quote(q) + "/invitations/[0-9a-f-]{36}/revoke)\"").matcher(page.body());
    assertThat(revoke.find()).isTrue();
    assertThat(post(revoke.group(1), Map.of(), true).status()).isEqualTo(303);
    assertThat(get(other).status()).isIn(404, 410);
  }

  @Test
  void invalidAnswersAreReturnedWithTheirProblemsAndNothingIsStored() throws Exception {
    String link = issue(uploaded(), 1, 1).get(0);
    long before = count("questionnaire_submission");
    Map<String, List<String>> bad = answers(link);
    bad.put("birth_year", List.of("1850"));
    bad.put("what_happened", List.of("short"));
    bad.put("residence", List.of("<script>alert(1)</script>"));
    Answer a = post(link, bad, false);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).contains("A year between 1900 and 2010").contains("Please write at least a sentence")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(a.body()).contains("value=\"" + CANARY + "\"").as("nothing typed is lost");
    Map<String, List<String>> huge = answers(link);
    huge.put("what_happened", List.of("x".repeat(200_000)));
    assertThat(post(link, huge, false).status()).isIn(400, 413);
    Map<String, List<String>> unknownField = answers(link);
    unknownField.put("no_such_question", List.of("x"));
    assertThat(post(link, unknownField, false).status()).isEqualTo(400);
    assertThat(count("questionnaire_submission")).isEqualTo(before);
    assertThat(get(link).status()).as("nothing was spent").isEqualTo(200);
  }

  @Test
  void codenamesOpenTheirThreadOnlyAndAnswersAreSealed() throws Exception {
    String link = issue(uploaded(), 1, 1).get(0);
    Answer done = post(link, answers(link), false);
    Matcher m = Pattern.compile("(\\d{4}(-\\d{4}){5})").matcher(done.body());
    assertThat(m.find()).isTrue();
    String codename = m.group(1);
    Answer thread = post("/replies", Map.of("codename", List.of(codename)), false);
    assertThat(thread.status()).isEqualTo(200);
    assertThat(thread.body()).contains("name=\"codename\" value=\"" + codename + "\"");
    Answer added = post("/replies/add", Map.of("codename", List.of(codename), "text", List.of("More: " + CANARY)), false);
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.body()).contains("More: " + CANARY);
    Answer wrong = post("/replies", Map.of("codename", List.of("1111-2222-3333-4444-5555-6666")), false);
    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.body()).doesNotContain(CANARY);
    assertThat(post("/replies/add", Map.of("codename", List.of("1111-2222-3333-4444-5555-6666"), "text", List.of("x")), false)
        .status()).isEqualTo(404);
    // a workspace session sent to a respondent's page is ignored: no cookie back, no CSRF demanded
    Answer withSession = send(HttpRequest.newBuilder(URI.create(base() + "/replies"))
        .header("Cookie", "guwah_session=" + documenter.cookie())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("codename=" + codename)));
    assertThat(withSession.status()).isEqualTo(200);
    assertThat(withSession.headers()).doesNotContainKey("set-cookie");
    // a post from another site is refused
    Answer foreign = send(HttpRequest.newBuilder(URI.create(base() + "/replies")).header("Origin", "https://evil.invalid")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("codename=" + codename)));
    assertThat(foreign.status()).isEqualTo(403);

    // nothing the respondent typed is in the database in clear
    for (String table : List.of("questionnaire_submission", "questionnaire_message", "questionnaire_invitation")) {
      List<String> rows = server.cases().jdbi().withHandle(h -> h.createQuery("select t::text from " + table + " t")
          .mapTo(String.class).list());
      assertThat(String.join("\n", rows)).doesNotContain(CANARY).doesNotContain("canary".toLowerCase())
          .doesNotContain(codename).doesNotContain(codename.replace("-", ""));
    }
  }
}
