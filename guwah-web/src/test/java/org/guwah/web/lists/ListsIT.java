package org.guwah.web.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.store.accounts.Role;
import org.guwah.store.audit.AuditRecord;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lists in the product over HTTP, on both databases: a leaked list with Chinese headers and names
 * is imported and linked against the recorded people; each documenter's review queue shows only
 * proposals about people they may read; decisions are audited, shown on the person page and
 * reused when the same rows come again; bad files are refused whole; no canary leaks into the
 * database in clear, the audit or the server log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListsIT {
  /** Synthetic people. The list writes A's man in Chinese characters, with his resident ID. */
  static final String HANZI = "麦麦提·吐尔逊";
  static final String ID = withCheckDigit("65310119750315041");
  static final String B_PERSON = "Aygul Qanarim";
  static final String PAYLOAD = "<script>alert('qanari')</script>";
  static final String TITLE = "Qanari prefecture facility sheet";
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  static PrintStream originalErr;

  static TestServer server;
  static Caller a;
  static Caller b;
  static Caller analyst;
  static String memet;
  static String namesake;
  static String aygul;
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() {
    originalErr = System.err;
    OutputStream tee = new OutputStream() {
      @Override
      public void write(int x) {
        LOG.write(x);
        originalErr.write(x);
      }

      @Override
      public void write(byte[] bytes, int off, int len) {
        LOG.write(bytes, off, len);
        originalErr.write(bytes, off, len);
      }
    };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    server = TestServer.start();
    a = server.signedIn(Role.DOCUMENTER);
    b = server.signedIn(Role.DOCUMENTER);
    analyst = server.signedIn(Role.ANALYST);
    memet = person(a, """
        {"names": [{"value": "Memet Tursun", "script": "ULY"}, {"value": "مەمەت تۇرسۇن", "script": "UEY"}],
         "sex": "MALE", "birth": "1975-03-15", "idNumber": "%s", "protectedThirdParty": true}""".formatted(ID));
    namesake = person(a, """
        {"names": [{"value": "Memet Tursun", "script": "ULY"}], "sex": "MALE", "birth": "1991",
         "protectedThirdParty": true}""");
    aygul = person(b, """
        {"names": [{"value": "%s", "script": "ULY"}], "sex": "FEMALE", "birth": "1982", "protectedThirdParty": true}"""
        .formatted(B_PERSON));
  }

  @AfterAll
  static void stop() {
    server.close();
    System.setErr(originalErr);
    String log = LOG.toString(StandardCharsets.UTF_8);
    for (String canary : canaries()) {
      assertThat(log).as("server log").doesNotContain(canary);
    }
  }

  static List<String> canaries() {
    return List.of(HANZI, ID, "吐尔逊", "阿依古丽", TITLE, "qanari");
  }

  static String person(Caller who, String json) {
    Response r = who.send("POST", "/api/v1/persons", json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  /** The standard's check digit (GB 11643-1999) appended to 17 digits. */
  static String withCheckDigit(String first17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static String leakedCsv() {
    return "序号,姓名,性别,出生日期,身份证号,原因\n"
        + "1," + HANZI + ",男,1975-03-15," + ID + ",外出\n"
        + "2,阿依古丽·卡纳热木,女,1982,,宗教\n"
        + "3,阿不都拉·" + PAYLOAD + ",男,1960,,\n"
        + "4,热合曼·艾买提,男,1988,,\n";
  }

  // --- HTTP helpers ------------------------------------------------------------------------------

  static Response get(Caller who, String path) {
    return who.get(path);
  }

  static String csrf(Caller who) {
    Response page = who.get("/lists");
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1);
  }

  static Response upload(Caller who, byte[] file, String fileName, String title, String kind, boolean withCsrf)
      throws Exception {
    String boundary = "guwahlistboundary" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (withCsrf) {
      part(out, boundary, "_csrf", csrf(who));
    }
    part(out, boundary, "title", title);
    part(out, boundary, "kind", kind);
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(file);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/lists"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Cookie", "guwah_session=" + who.cookie())
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.headers(), r.body());
  }

  static void part(ByteArrayOutputStream out, String boundary, String name, String value) throws Exception {
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  static Response decide(Caller who, String proposal, String verdict) throws Exception {
    String body = "_csrf=" + URLEncoder.encode(csrf(who), StandardCharsets.UTF_8) + "&verdict=" + verdict;
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/review/" + proposal))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "guwah_session=" + who.cookie())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers(), r.body());
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The proposal ids on a review page, in order. */
  static List<String> proposals(String reviewPage) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("id=\"match-([0-9a-f-]{36})\"").matcher(reviewPage);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static long count(String table) {
    return server.cases().jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }

  // --- tests -------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void aLeakedListIsImportedSealedAndLinked() throws Exception {
    Response r = upload(a, leakedCsv().getBytes(StandardCharsets.UTF_8), "sheet.csv", TITLE, "leaked_official", true);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains(TITLE).contains(HANZI).contains("id=\"link-outcome\"");
    assertThat(r.body()).as("a payload in a cell is text").doesNotContain(PAYLOAD)
        .contains("&lt;script&gt;alert(");
    assertThat(count("list_row")).isEqualTo(4);
    assertThat(r.body()).as("the columns recognised from Chinese headers")
        .contains("身份证号</bdi> → <span class=\"tag\">");

    for (String table : List.of("source_list", "list_row", "link_proposal", "link_decision", "audit_event")) {
      String raw = server.cases().jdbi().withHandle(h -> h.createQuery("select string_agg(t::text, '|') from " + table
          + " t").mapTo(String.class).findOne().orElse(""));
      for (String canary : canaries()) {
        assertThat(raw == null ? "" : raw).as(table).doesNotContain(canary);
      }
    }
    List<AuditRecord> imports = server.audit().tail(200).stream()
        .filter(x -> x.entry().action().code().equals("import") && "list_row".equals(x.entry().kind())).toList();
    assertThat(imports).hasSize(1);
    assertThat(imports.get(0).entry().detail()).containsEntry("rows", 4L);
  }

  @Test
  @Order(2)
  void eachReviewerSeesOnlyProposalsAboutPeopleTheyMayRead() {
    Response mine = a.get("/review");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(proposals(mine.body())).as(mine.body()).hasSize(1);
    assertThat(mine.body()).contains("/persons/" + memet).doesNotContain("/persons/" + namesake)
        .as("the namesake born 1991 is not proposed for the man born 1975").doesNotContain(B_PERSON);
    assertThat(mine.body()).contains(HANZI).contains("<td>ID</td>");

    Response theirs = b.get("/review");
    assertThat(theirs.body()).contains(B_PERSON).doesNotContain("/persons/" + memet);

    assertThat(analyst.get("/review").status()).isEqualTo(403);
    assertThat(analyst.get("/lists").status()).isEqualTo(403);
    assertThat(analyst.get("/lists").body()).doesNotContain(TITLE);
  }

  @Test
  @Order(3)
  void aConfirmedMatchIsAuditedAndCorroboratesThePerson() throws Exception {
    String proposal = proposals(a.get("/review").body()).get(0);
    Response forged = decide(b, proposal, "confirmed");
    assertThat(forged.status()).as("B may not decide about A's person").isEqualTo(404);
    assertThat(decide(a, proposal, "maybe").status()).isEqualTo(400);

    Response done = decide(a, proposal, "confirmed");
    assertThat(done.status()).isEqualTo(303);
    assertThat(proposals(a.get("/review").body())).isEmpty();

    List<AuditRecord> reviews = server.audit().tail(200).stream()
        .filter(x -> x.entry().action().code().equals("link_review")).toList();
    assertThat(reviews).hasSize(1);
    assertThat(reviews.get(0).entry().recordIds()).contains(UUID.fromString(proposal), UUID.fromString(memet));
    assertThat(reviews.get(0).entry().detail()).containsEntry("verdict", "confirmed");

    Response page = a.get("/persons/" + memet);
    assertThat(page.body()).contains("id=\"corroboration\"").contains(TITLE).contains("外出");
    assertThat(page.body()).as("history").contains("id=\"history\"");
    Response other = b.get("/persons/" + memet);
    assertThat(other.body()).doesNotContain(TITLE).doesNotContain("外出");
  }

  @Test
  @Order(4)
  void decisionsAreReusedWhenTheSameRowsComeAgain() throws Exception {
    String bProposal = proposals(b.get("/review").body()).get(0);
    assertThat(decide(b, bProposal, "rejected").status()).isEqualTo(303);

    Response again = upload(a, leakedCsv().getBytes(StandardCharsets.UTF_8), "sheet-copy.csv", TITLE + " copy",
        "leaked_official", true);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(proposals(a.get("/review").body())).as("the confirmed row is not asked about again").isEmpty();
    assertThat(proposals(b.get("/review").body())).as("nor the rejected one").isEmpty();
    Response page = a.get("/persons/" + memet);
    assertThat(page.body().split("class=\"list-row\"", -1)).as("two lists now corroborate him").hasSize(3);
  }

  @Test
  @Order(5)
  void badFilesAreRefusedWholeWithoutValues() throws Exception {
    long lists = count("source_list");
    long rows = count("list_row");
    Response noColumns = upload(a, "colour,shape\nred,round\n".getBytes(StandardCharsets.UTF_8), "x.csv", "x", "ngo",
        true);
    assertThat(noColumns.status()).isEqualTo(400);
    assertThat(noColumns.body()).contains("role=\"alert\"");

    byte[] broken = ("序号,姓名,身份证号\n1," + HANZI + "," + ID + "\n2,").getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[broken.length + 3];
    System.arraycopy(broken, 0, invalid, 0, broken.length);
    invalid[broken.length] = (byte) 0xC3;
    invalid[broken.length + 1] = (byte) 0x28;
    invalid[broken.length + 2] = (byte) 0xFF;
    Response badBytes = upload(a, invalid, "bad.csv", "bad", "ngo", true);
    assertThat(badBytes.status()).isEqualTo(400);
    String error = badBytes.body().substring(badBytes.body().indexOf("role=\"alert\""),
        badBytes.body().indexOf("</div>", badBytes.body().indexOf("role=\"alert\"")));
    assertThat(error).contains("line 3");
    for (String canary : canaries()) {
      assertThat(error).doesNotContain(canary);
    }

    assertThat(upload(a, new byte[0], "empty.csv", "empty", "ngo", true).status()).isEqualTo(400);
    assertThat(upload(a, leakedCsv().getBytes(StandardCharsets.UTF_8), "s.csv", "s", "secret_police", true).status())
        .isEqualTo(400);
    assertThat(upload(a, leakedCsv().getBytes(StandardCharsets.UTF_8), "s.csv", "s", "ngo", false).status())
        .as("no CSRF token").isEqualTo(403);
    Response gbk = upload(a, leakedCsv().getBytes(Charset.forName("GB18030")), "gbk.csv", "GBK sheet", "ngo", true);
    assertThat(gbk.status()).as("a GB18030 file is read as such").isEqualTo(200);
    assertThat(gbk.body()).contains(HANZI);
    assertThat(count("source_list")).isEqualTo(lists + 1);
    assertThat(count("list_row")).isEqualTo(rows + 4);
  }
}
