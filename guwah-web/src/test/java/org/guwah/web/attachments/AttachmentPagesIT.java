package org.guwah.web.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.guwah.store.accounts.Role;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.store.attachments.TestFiles;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workspace side of attachments, driven as a browser without JavaScript drives it: the upload
 * form beside each record of the case page (multipart, CSRF token as its first field), the table of
 * files, downloads, deletion, and refusals answered with a page that says why.
 */
class AttachmentPagesIT {
  static final String NAME = "qanari-screenshot.jpg";
  static TestServer server;
  static Caller owner;
  static FormClient browser;
  static FormClient analyst;
  static String person;
  static String source;

  @BeforeAll
  static void start() {
    AttachmentApiIT.captureLog();
    server = TestServer.start();
    owner = server.signedIn(Role.DOCUMENTER);
    browser = FormClient.of(server, owner);
    analyst = FormClient.of(server, server.signedIn(Role.ANALYST));
    Response p = owner.send("POST", "/api/v1/persons", """
        {"names": [{"value": "Qanarigul Pagesova", "script": "ULY"}], "sex": "FEMALE", "ethnicity": "UYGHUR",
         "consent": {"purposes": {"INTERNAL_ANALYSIS": {"status": "GRANTED", "recordedOn": "2020-01-01",
         "method": "WRITTEN"}}}}""");
    assertThat(p.status()).as(p.body()).isEqualTo(201);
    person = p.json().path("id").asString();
    Response s = owner.send("POST", "/api/v1/sources", "{\"kind\": \"INTERVIEW\", \"reporterPersonId\": \"" + person
        + "\", \"consent\": {\"purposes\": {\"INTERNAL_ANALYSIS\": {\"status\": \"GRANTED\", \"recordedOn\":"
        + " \"2020-01-01\", \"method\": \"WRITTEN\"}}}, \"testimony\": \"qanari testimony\"}");
    assertThat(s.status()).as(s.body()).isEqualTo(201);
    source = s.json().path("id").asString();
  }

  @AfterAll
  static void stop() {
    server.close();
    System.setErr(AttachmentApiIT.originalErr);
    assertThat(AttachmentApiIT.LOG.toString(StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("qanari");
  }

  private static long rows() {
    return server.cases().jdbi().withHandle(h -> h.createQuery(
        "select (select count(*) from attachment) + (select count(*) from attachment_chunk)").mapTo(Long.class).one());
  }

  /** The upload form as the case page sends it: _csrf, record, caption, file. */
  private static FormClient.Answer send(String record, String fileName, String type, byte[] content) {
    return browser.post("/persons/" + person + "/attachments", FormClient.form().field("_csrf", browser.csrf())
        .field("record", record).field("caption", "qanari caption").file("file", fileName, type, content).bytes(),
        FormClient.contentType(), false);
  }

  @Test
  void theCasePageOffersAnUploadFormPerRecordAndListsTheStoredFile() {
    String page = browser.get("/persons/" + person).text();
    int form = page.indexOf("action=\"/persons/" + person + "/attachments\"");
    assertThat(form).isPositive();
    assertThat(page).contains("enctype=\"multipart/form-data\"").contains("value=\"source:" + source + "\"")
        .contains("value=\"person:" + person + "\"").doesNotContain("<script>");
    int csrf = page.indexOf("name=\"_csrf\"", form);
    assertThat(csrf).isLessThan(page.indexOf("name=\"record\"", form));
    assertThat(page.indexOf("name=\"record\"", form)).isLessThan(page.indexOf("name=\"file\"", form));

    byte[] jpeg = TestFiles.jpegWithMetadata();
    FormClient.Answer posted = send("source:" + source, NAME, "image/jpeg", jpeg);
    assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
    assertThat(posted.header("Location")).isEqualTo("/persons/" + person + "#attachments-" + source);

    String after = browser.get("/persons/" + person).text();
    assertThat(after).contains("id=\"attachments-" + source + "\"").contains("image/jpeg")
        .contains(TestFiles.sha256Hex(jpeg)).contains(NAME).contains("Removed").contains("GPS");
    String id = after.substring(after.indexOf("href=\"/attachments/") + "href=\"/attachments/".length());
    id = id.substring(0, 36);

    FormClient.Answer download = browser.get("/attachments/" + id);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
    assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"" + NAME + "\"");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Cache-Control")).isEqualTo("no-store");
    assertThat(TestFiles.contains(download.body(), TestFiles.GPS_CANARY)).isFalse();

    // an analyst sees the record coded: the file's type, not its name, hash or content, and no form
    String coded = analyst.get("/persons/" + person).text();
    assertThat(coded).contains("image/jpeg").doesNotContain(NAME).doesNotContain(TestFiles.sha256Hex(jpeg))
        .doesNotContain("enctype=\"multipart/form-data\"");
    assertThat(analyst.get("/attachments/" + id).status()).isEqualTo(403);

    FormClient.Answer deleted = browser.postForm("/attachments/" + id + "/delete",
        "_csrf=" + URLEncoder.encode(browser.csrf(), StandardCharsets.UTF_8) + "&person=" + person);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(303);
    assertThat(deleted.header("Location")).isEqualTo("/persons/" + person + "#attachments");
    assertThat(browser.get("/attachments/" + id).status()).isEqualTo(404);
  }

  @Test
  void anUploadWithoutItsTokenFirstIsRefusedAndStoresNothing() {
    long before = rows();
    FormClient.Answer late = browser.post("/persons/" + person + "/attachments", FormClient.form()
        .field("record", "source:" + source).field("_csrf", browser.csrf())
        .file("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.US_ASCII)).bytes(),
        FormClient.contentType(), false);
    assertThat(late.status()).isEqualTo(403);
    FormClient.Answer wrong = browser.post("/persons/" + person + "/attachments", FormClient.form()
        .field("_csrf", "forged-token").file("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.US_ASCII))
        .bytes(), FormClient.contentType(), false);
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(FormClient.anonymous(server).post("/persons/" + person + "/attachments", FormClient.form()
        .field("_csrf", "x").file("file", "a.txt", "text/plain", new byte[10]).bytes()).status()).isEqualTo(303);
    assertThat(analyst.post("/persons/" + person + "/attachments", FormClient.form().field("_csrf", analyst.csrf())
        .file("file", "a.txt", "text/plain", new byte[10]).bytes(), FormClient.contentType(), false).status())
        .isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void refusalsAnswerAPageThatSaysWhyAndStoreNothing() {
    long before = rows();
    FormClient.Answer big = send("source:" + source, "big.txt", "text/plain",
        AttachmentApiIT.chatExport((int) AttachmentStore.DEFAULT_MAX_SIZE + 1));
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.header("Content-Type")).startsWith("text/html");
    assertThat(big.text()).contains("larger than allowed").contains("Nothing was stored")
        .contains("href=\"/persons/" + person + "\"").doesNotContain("qanari");
    FormClient.Answer exe = send("source:" + source, "photo.png", "image/png",
        TestFiles.concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[3000]));
    assertThat(exe.status()).isEqualTo(415);
    assertThat(exe.text()).contains("not accepted").doesNotContain("qanari");
    FormClient.Answer empty = send("source:" + source, "empty.jpg", "image/jpeg", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("empty");
    FormClient.Answer elsewhere = send("incident:" + UUID.randomUUID(), "a.txt", "text/plain", new byte[] {'a'});
    assertThat(elsewhere.status()).isEqualTo(404);
    FormClient.Answer bogus = send("qanari:" + source, "a.txt", "text/plain", new byte[] {'a'});
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.text()).doesNotContain("qanari");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void theUploadFormIsTranslated() {
    FormClient uyghur = browser;
    String page = uyghur.get("/persons/" + person + "?lang=ug").text();
    assertThat(page).contains("dir=\"rtl\"").contains("ھۆججەت قوشۇش").contains("يوللاش");
    String chinese = uyghur.get("/persons/" + person + "?lang=zh").text();
    assertThat(chinese).contains("添加附件");
  }
}
