package org.guwah.web.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guwah.store.accounts.Role;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.store.attachments.TestFiles;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditRecord;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attachments through the JSON API of the production server, on a real PostgreSQL (embedded and
 * external): uploads streamed into encrypted storage with image metadata removed and the
 * original's hash kept; every kind of bad upload refused with a clear answer and nothing stored;
 * downloads only for readers who see the record in full, audited, served so that they never run
 * as a page; no file name, caption or content in clear in the database, the logs or error answers.
 */
class AttachmentApiIT {
  static final String NAME_CANARY = "qanari-police-threat-screenshot.jpg";
  static final String CAPTION_CANARY = "qanari caption: sent by the county police to Aygul";
  static final String TEXT_CANARY = "qanari-chat-line";
  static final long LIMIT = AttachmentStore.DEFAULT_MAX_SIZE;

  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  static PrintStream originalErr;
  static TestServer server;
  static Caller owner;
  static FormClient ownerForms;
  static FormClient otherDocumenter;
  static FormClient analyst;
  static FormClient partner;
  /** A person consented for internal analysis (others see it coded), and a source and incident of it. */
  static String consented;
  static String source;
  static String incident;
  /** A person without consent: nobody but its documenter sees it. */
  static String secret;
  static final List<String> answers = new ArrayList<>();

  /** Copies everything written to System.err (the server's log) into {@link #LOG} too. */
  static void captureLog() {
    originalErr = System.err;
    OutputStream tee = new OutputStream() {
      @Override
      public void write(int b) {
        LOG.write(b);
        originalErr.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        LOG.write(b, off, len);
        originalErr.write(b, off, len);
      }
    };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void start() {
    captureLog();
    server = TestServer.start();
    owner = server.signedIn(Role.DOCUMENTER);
    ownerForms = FormClient.of(server, owner);
    otherDocumenter = FormClient.of(server, server.signedIn(Role.DOCUMENTER));
    analyst = FormClient.of(server, server.signedIn(Role.ANALYST));
    partner = FormClient.of(server, server.signedIn(Role.PARTNER));
    consented = create("/api/v1/persons", person("Qanarigul Attachova",
        "{\"purposes\": {\"INTERNAL_ANALYSIS\": {\"status\": \"GRANTED\", \"recordedOn\": \"2020-01-01\", \"method\": \"WRITTEN\"}}}"));
    secret = create("/api/v1/persons", person("Qanarijan Secretov", "{\"purposes\": {}}"));
    source = create("/api/v1/sources", "{\"kind\": \"INTERVIEW\", \"reporterPersonId\": \"" + consented + "\","
        + " \"consent\": {\"purposes\": {\"INTERNAL_ANALYSIS\": {\"status\": \"GRANTED\", \"recordedOn\": \"2020-01-01\","
        + " \"method\": \"WRITTEN\"}}}, \"testimony\": \"qanari testimony\"}");
    incident = create("/api/v1/incidents", "{\"tactics\": [\"THREAT_FAMILY\"], \"targetPersonId\": \"" + consented + "\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
    System.setErr(originalErr);
    String log = LOG.toString(StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
    assertThat(log).as("server log").doesNotContain("qanari").doesNotContain(TEXT_CANARY);
    for (String body : answers) {
      assertThat(body).as("error answer").doesNotContain("qanari");
    }
  }

  private static String person(String name, String consent) {
    return """
        {"names": [{"value": "%s", "script": "ULY"}], "sex": "FEMALE", "ethnicity": "UYGHUR",
         "residenceCountry": "TR", "consent": %s}""".formatted(name, consent);
  }

  private static String create(String path, String json) {
    Response r = owner.send("POST", path, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  private static long rows() {
    return server.cases().jdbi().withHandle(h -> h.createQuery(
        "select (select count(*) from attachment) + (select count(*) from attachment_chunk)").mapTo(Long.class).one());
  }

  /** Uploads {@code content} as the file part to {@code path} as the owner; keeps error answers. */
  private static FormClient.Answer upload(String path, String fileName, String type, byte[] content) {
    FormClient.Answer a = ownerForms.post(path, FormClient.form().field("caption", CAPTION_CANARY)
        .file("file", fileName, type, content).bytes());
    if (a.status() >= 400) {
      answers.add(a.text());
    }
    return a;
  }

  private static FormClient.Answer refused(String path, String fileName, String type, byte[] content, int status) {
    long before = rows();
    FormClient.Answer a = upload(path, fileName, type, content);
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    assertThat(a.header("Content-Type")).startsWith("application/json");
    assertThat(rows()).as("nothing stored").isEqualTo(before);
    return a;
  }

  /** A UTF-8 chat export of exactly {@code bytes} bytes, in three scripts. */
  static byte[] chatExport(int bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes);
    for (int i = 0; ; i++) {
      byte[] line = ("[2024-03-1" + i % 10 + " 21:04] " + TEXT_CANARY + " ئۇلارنى تونۇيمىز 我们认识他们 мы их знаем " + i
          + "\n").getBytes(StandardCharsets.UTF_8);
      if (out.size() + line.length > bytes) {
        break;
      }
      out.writeBytes(line);
    }
    while (out.size() < bytes) {
      out.write('.');
    }
    return out.toByteArray();
  }

  private static String sources() {
    return "/api/v1/sources/" + source + "/attachments";
  }

  private static List<AuditEntry> audit(AuditAction action, String attachmentId) {
    return server.audit().list(0, 10_000).stream().map(AuditRecord::entry)
        .filter(e -> e != null && e.action() == action && "attachment".equals(e.kind())
            && e.recordIds().contains(UUID.fromString(attachmentId)))
        .toList();
  }

  @Test
  void aJpegIsStoredWithoutItsGpsAndCommentAndTheOriginalsHashIsKept() {
    byte[] jpeg = TestFiles.jpegWithMetadata();
    FormClient.Answer stored = upload(sources(), NAME_CANARY, "image/jpeg", jpeg);

    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    var v = stored.json();
    String id = v.path("id").asString();
    assertThat(stored.header("Location")).isEqualTo("/api/v1/attachments/" + id);
    assertThat(v.path("recordKind").asString()).isEqualTo("source");
    assertThat(v.path("mediaType").asString()).isEqualTo("image/jpeg");
    assertThat(v.path("metadataTreatment").asString()).isEqualTo("stripped");
    assertThat(v.path("strippedMetadata").toString()).contains("EXIF", "GPS", "COMMENT", "XMP", "TRAILING_DATA");
    assertThat(v.path("originalSha256").asString()).isEqualTo(TestFiles.sha256Hex(jpeg));
    assertThat(v.path("originalSize").asLong()).isEqualTo(jpeg.length);
    assertThat(v.path("fileName").asString()).isEqualTo(NAME_CANARY);

    FormClient.Answer download = ownerForms.get("/api/v1/attachments/" + id + "/content");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Cache-Control")).isEqualTo("no-store");
    assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"" + NAME_CANARY + "\"; filename*=UTF-8''" + NAME_CANARY);
    assertThat(download.header("Content-Length")).isEqualTo(Long.toString(download.body().length));
    byte[] got = download.body();
    assertThat(got[0] & 0xff).isEqualTo(0xff);
    assertThat(got[1] & 0xff).isEqualTo(0xd8);
    for (String canary : List.of(TestFiles.GPS_CANARY, TestFiles.COMMENT_CANARY, TestFiles.XMP_CANARY,
        TestFiles.TRAILER_CANARY, "qanari")) {
      assertThat(TestFiles.contains(got, canary)).as(canary).isFalse();
    }
    assertThat(TestFiles.sha256Hex(got)).isEqualTo(v.path("storedSha256").asString())
        .isNotEqualTo(TestFiles.sha256Hex(jpeg));
    assertThat(TestFiles.pixels(got)).isEqualTo(TestFiles.pixels(jpeg));

    List<AuditEntry> reads = audit(AuditAction.READ_IDENTITY, id);
    assertThat(reads).anySatisfy(e -> {
      assertThat(e.detail()).containsEntry("part", "content").containsEntry("record_kind", "source");
      assertThat(e.recordIds()).containsExactly(UUID.fromString(id), UUID.fromString(source));
      assertThat(e.actor()).isEqualTo(AuditEntry.account(UUID.fromString(owner.get("/api/v1/session").json()
          .path("accountId").asString())));
    });
    assertThat(audit(AuditAction.CREATE, id)).hasSize(1);

    FormClient.Answer listed = ownerForms.get(sources());
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.text()).contains(id).contains(TestFiles.sha256Hex(jpeg)).contains(CAPTION_CANARY);
  }

  @Test
  void aPngLosesItsTextChunksAndAPdfAndAChatExportAreKeptAsUploaded() {
    byte[] png = TestFiles.pngWithMetadata();
    FormClient.Answer p = upload("/api/v1/incidents/" + incident + "/attachments", "qanari.png", "image/png", png);
    assertThat(p.status()).as(p.toString()).isEqualTo(201);
    assertThat(p.json().path("strippedMetadata").toString()).contains("TEXT", "EXIF", "TIME", "PRIVATE_CHUNK");
    byte[] pngBack = ownerForms.get("/api/v1/attachments/" + p.json().path("id").asString() + "/content").body();
    assertThat(TestFiles.contains(pngBack, TestFiles.COMMENT_CANARY)).isFalse();
    assertThat(TestFiles.contains(pngBack, "qanari")).isFalse();
    assertThat(TestFiles.pixels(pngBack)).isEqualTo(TestFiles.pixels(png));

    byte[] pdf = TestFiles.pdf();
    FormClient.Answer d = upload("/api/v1/persons/" + consented + "/attachments", "statement.pdf", "application/pdf", pdf);
    assertThat(d.status()).as(d.toString()).isEqualTo(201);
    assertThat(d.json().path("metadataTreatment").asString()).isEqualTo("not_stripped");
    FormClient.Answer pdfBack = ownerForms.get("/api/v1/attachments/" + d.json().path("id").asString() + "/content");
    assertThat(pdfBack.body()).isEqualTo(pdf);
    assertThat(pdfBack.header("Content-Disposition")).contains("filename=\"statement.pdf\"");

    byte[] chat = chatExport(300_000);
    FormClient.Answer t = upload(sources(), "تەھدىت-چات.txt", "text/plain; charset=utf-8", chat);
    assertThat(t.status()).as(t.toString()).isEqualTo(201);
    assertThat(t.json().path("metadataTreatment").asString()).isEqualTo("not_applicable");
    FormClient.Answer chatBack = ownerForms.get("/api/v1/attachments/" + t.json().path("id").asString() + "/content");
    assertThat(chatBack.body()).isEqualTo(chat);
    assertThat(chatBack.header("Content-Type").replace(" ", "")).isEqualToIgnoringCase("text/plain;charset=utf-8");
    assertThat(chatBack.header("Content-Disposition")).contains("filename*=UTF-8''%D8%AA%DB%95");
    assertThat(t.json().path("originalSha256").asString()).isEqualTo(TestFiles.sha256Hex(chat));
  }

  @Test
  void anUndeclaredOrGenericTypeIsFineTheBytesDecide() {
    FormClient.Answer a = upload(sources(), "photo.dat", "application/octet-stream", TestFiles.pngWithMetadata());
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    assertThat(a.json().path("mediaType").asString()).isEqualTo("image/png");
    FormClient.Answer b = ownerForms.post(sources(), FormClient.form().file("file", null, null, chatExport(100)).bytes());
    assertThat(b.status()).as(b.toString()).isEqualTo(201);
    assertThat(b.json().path("fileName").asString()).isEqualTo("file");
    FormClient.Answer back = ownerForms.get("/api/v1/attachments/" + a.json().path("id").asString() + "/content");
    assertThat(back.header("Content-Disposition")).contains("filename=\"photo.dat.png\"");
  }

  @Test
  void uploadsOverTheLimitAreRefusedWith413AndLeaveNothing() {
    long before = rows();
    // over by one byte, with Content-Length: read up to the limit, then refused
    FormClient.Answer little = upload(sources(), "big.txt", "text/plain", chatExport((int) LIMIT + 1));
    assertThat(little.status()).as(little.toString()).isEqualTo(413);
    assertThat(little.code()).isEqualTo("too_large");
    assertThat(little.json().path("error").path("message").asString()).contains(Long.toString(LIMIT));
    // over by a lot, declared: refused from the headers, before any of the body is read
    FormClient.Answer declaredHuge = ownerForms.postHeadOnly(sources(), 4L << 30);
    answers.add(declaredHuge.text());
    assertThat(declaredHuge.status()).as(declaredHuge.toString()).isEqualTo(413);
    assertThat(declaredHuge.text()).contains("too_large");
    byte[] head = FormClient.form().fileHead("file", "huge.txt", "text/plain").prefix();
    // over by a lot, chunked without a length: counted while read, refused at the limit
    FormClient.Answer streamedHuge = ownerForms.postStreamed(sources(),
        () -> new SequenceInputStream(new ByteArrayInputStream(head), limited(endless(), 3 * LIMIT)));
    answers.add(streamedHuge.text());
    assertThat(streamedHuge.status()).as(streamedHuge.toString()).isEqualTo(413);
    assertThat(streamedHuge.code()).isEqualTo("too_large");
    assertThat(rows()).isEqualTo(before);
    // exactly at the limit is accepted
    FormClient.Answer exact = upload(sources(), "exact.txt", "text/plain", chatExport((int) LIMIT));
    assertThat(exact.status()).as(exact.toString()).isEqualTo(201);
    assertThat(exact.json().path("size").asLong()).isEqualTo(LIMIT);
  }

  /** Endless lines of plain text. */
  private static InputStream endless() {
    byte[] line = "endless line of a chat export that never ends\n".getBytes(StandardCharsets.US_ASCII);
    return new InputStream() {
      private long at;

      @Override
      public int read() {
        return line[(int) (at++ % line.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = line[(int) (at++ % line.length)];
        }
        return len;
      }
    };
  }

  private static InputStream limited(InputStream in, long bytes) {
    return new InputStream() {
      private long left = bytes;

      @Override
      public int read() throws IOException {
        return left-- > 0 ? in.read() : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        left -= n;
        return n;
      }
    };
  }

  @Test
  void wrongAndUnsupportedTypesAreRefusedWith415() {
    byte[] exe = TestFiles.concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[4000]);
    FormClient.Answer a = refused(sources(), "photo.png", "image/png", exe, 415);
    assertThat(a.code()).isEqualTo("unsupported_media_type");
    assertThat(a.json().path("error").path("fields").path("file").asString()).isNotBlank();
    refused(sources(), "photo.png", "image/png", zip("readme.txt", new byte[100]), 415);
    FormClient.Answer mismatch = refused(sources(), "photo.png", "image/png", TestFiles.jpegWithMetadata(), 415);
    assertThat(mismatch.json().path("error").path("message").asString()).contains("image/png").contains("image/jpeg");
    refused(sources(), "page.html", "text/html",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII), 415);
    refused(sources(), "logo.svg", "image/svg+xml",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.US_ASCII), 415);
    refused(sources(), "run.sh", "text/plain", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), 415);
  }

  @Test
  void aZipBombIsNeverOpenedAndPolyglotsDoNotSurvive() throws IOException {
    byte[] bomb = zip("qanari-bomb.bin", new byte[64 << 20]);
    assertThat(bomb.length).isLessThan(1 << 20);
    refused(sources(), "bomb.zip", "application/zip", bomb, 415);
    refused(sources(), "bomb.png", "image/png", bomb, 415);

    // a PNG signature in front of an executable: sniffed as PNG, refused by the PNG checks
    byte[] pngExe = TestFiles.concat(Arrays.copyOf(TestFiles.pngWithMetadata(), 8),
        "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), new byte[2000]);
    FormClient.Answer malformed = refused(sources(), "x.png", "image/png", pngExe, 400);
    assertThat(malformed.code()).isEqualTo("validation_failed");
    assertThat(malformed.json().path("error").path("message").asString()).contains("malformed image/png");

    // a JPEG with a ZIP archive appended: stored as the JPEG alone
    byte[] jpegZip = TestFiles.concat(TestFiles.encode(TestFiles.picture(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "jpg"), zip("qanari-hidden.txt", "qanari hidden".getBytes(StandardCharsets.US_ASCII)));
    FormClient.Answer stored = upload(sources(), "polyglot.jpg", "image/jpeg", jpegZip);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    assertThat(stored.json().path("strippedMetadata").toString()).contains("TRAILING_DATA");
    byte[] back = ownerForms.get("/api/v1/attachments/" + stored.json().path("id").asString() + "/content").body();
    assertThat(TestFiles.contains(back, "PK\u0003\u0004")).isFalse();
    assertThat(TestFiles.contains(back, "qanari")).isFalse();
  }

  private static byte[] zip(String entry, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
      z.closeEntry();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void emptyMalformedAndIncompleteFormsAreRefusedWith400() {
    FormClient.Answer empty = refused(sources(), "empty.jpg", "image/jpeg", new byte[0], 400);
    assertThat(empty.json().path("error").path("fields").has("file")).isTrue();
    byte[] jpeg = TestFiles.encode(TestFiles.picture(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg");
    FormClient.Answer cut = refused(sources(), "cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2), 400);
    assertThat(cut.json().path("error").path("message").asString()).contains("malformed image/jpeg");

    long before = rows();
    FormClient.Answer noFile = ownerForms.post(sources(), FormClient.form().field("caption", CAPTION_CANARY).bytes());
    answers.add(noFile.text());
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().path("error").path("fields").path("file").asString()).contains("required");
    FormClient.Answer after = ownerForms.post(sources(), FormClient.form().file("file", "a.txt", "text/plain",
        chatExport(1000)).field("caption", CAPTION_CANARY).bytes());
    answers.add(after.text());
    assertThat(after.status()).as(after.toString()).isEqualTo(400);
    assertThat(after.json().path("error").path("fields").path("file").asString()).contains("last part");
    FormClient.Answer unknown = ownerForms.post(sources(), FormClient.form().field(CAPTION_CANARY, "x").bytes());
    answers.add(unknown.text());
    assertThat(unknown.status()).isEqualTo(400);
    byte[] truncated = Arrays.copyOf(FormClient.form().file("file", "a.txt", "text/plain", chatExport(5000)).bytes(), 3000);
    FormClient.Answer cutForm = ownerForms.post(sources(), truncated);
    answers.add(cutForm.text());
    assertThat(cutForm.status()).as(cutForm.toString()).isEqualTo(400);
    FormClient.Answer json = ownerForms.post(sources(), "{}".getBytes(StandardCharsets.US_ASCII), "application/json", true);
    assertThat(json.status()).isEqualTo(415);
    FormClient.Answer noBoundary = ownerForms.post(sources(), truncated, "multipart/form-data", true);
    assertThat(noBoundary.status()).isEqualTo(415);
    FormClient.Answer longCaption = ownerForms.post(sources(), FormClient.form()
        .field("caption", "ق".repeat(AttachmentUploadLimits.CAPTION + 1)).file("file", "a.txt", "text/plain",
            chatExport(100)).bytes());
    assertThat(longCaption.status()).as(longCaption.toString()).isEqualTo(400);
    assertThat(longCaption.json().path("error").path("fields").has("caption")).isTrue();
    assertThat(rows()).isEqualTo(before);
  }

  /** The store's caption limit, in characters. */
  static final class AttachmentUploadLimits {
    static final int CAPTION = org.guwah.store.attachments.AttachmentUpload.MAX_CAPTION;
  }

  @Test
  void onlyReadersWhoSeeTheRecordInFullGetContentAndNamesOthersGet404Or403() {
    FormClient.Answer onConsented = upload(sources(), NAME_CANARY, "image/png", TestFiles.pngWithMetadata());
    String id = onConsented.json().path("id").asString();
    FormClient.Answer onSecret = upload("/api/v1/persons/" + secret + "/attachments", NAME_CANARY, "text/plain",
        chatExport(2000));
    assertThat(onSecret.status()).as(onSecret.toString()).isEqualTo(201);
    String hidden = onSecret.json().path("id").asString();
    String forged = UUID.randomUUID().toString();

    FormClient.Answer none = analyst.get("/api/v1/attachments/" + forged + "/content");
    assertThat(none.status()).isEqualTo(404);
    for (FormClient reader : List.of(analyst, otherDocumenter, partner)) {
      for (String path : List.of("/api/v1/attachments/" + hidden + "/content", "/api/v1/attachments/" + hidden)) {
        FormClient.Answer a = reader.get(path);
        answers.add(a.text());
        assertThat(a.status()).as(path).isEqualTo(404);
        assertThat(a.text()).isEqualTo(reader.get(path.replace(hidden, forged)).text());
      }
      assertThat(reader.get("/api/v1/persons/" + secret + "/attachments").status()).isEqualTo(404);
    }
    // the analyst and the other documenter see the consented record coded: the file's facts, not its identity data
    for (FormClient coded : List.of(analyst, otherDocumenter)) {
      FormClient.Answer content = coded.get("/api/v1/attachments/" + id + "/content");
      answers.add(content.text());
      assertThat(content.status()).isEqualTo(403);
      assertThat(content.body().length).isLessThan(400);
      FormClient.Answer meta = coded.get("/api/v1/attachments/" + id);
      assertThat(meta.status()).isEqualTo(200);
      assertThat(meta.json().path("mediaType").asString()).isEqualTo("image/png");
      assertThat(meta.json().hasNonNull("originalSha256")).isFalse();
      assertThat(meta.json().hasNonNull("storedSha256")).isFalse();
      assertThat(meta.json().hasNonNull("fileName")).isFalse();
      assertThat(meta.json().hasNonNull("caption")).isFalse();
      assertThat(meta.text()).doesNotContain("qanari");
      FormClient.Answer list = coded.get(sources());
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.text()).contains(id).doesNotContain("qanari")
          .doesNotContain(onConsented.json().path("originalSha256").asString());
    }
    assertThat(partner.get("/api/v1/attachments/" + id + "/content").status()).isEqualTo(404);
    // writing: another documenter cannot add or delete, an analyst cannot at all
    assertThat(otherDocumenter.post(sources(), FormClient.form().file("file", "x.txt", null, chatExport(10)).bytes())
        .status()).isEqualTo(403);
    assertThat(otherDocumenter.post("/api/v1/persons/" + secret + "/attachments",
        FormClient.form().file("file", "x.txt", null, chatExport(10)).bytes()).status()).isEqualTo(404);
    assertThat(analyst.post(sources(), FormClient.form().file("file", "x.txt", null, chatExport(10)).bytes()).status())
        .isEqualTo(403);
    assertThat(otherDocumenter.delete("/api/v1/attachments/" + id).status()).isEqualTo(403);
    assertThat(otherDocumenter.delete("/api/v1/attachments/" + hidden).status()).isEqualTo(404);
    assertThat(analyst.delete("/api/v1/attachments/" + id).status()).isEqualTo(403);
    // no audit entry of a refused read
    assertThat(audit(AuditAction.READ_IDENTITY, hidden)).isEmpty();
  }

  @Test
  void deletingRemovesRowAndContentAndIsAudited() {
    String id = upload(sources(), "delete-me.txt", "text/plain", chatExport(3000)).json().path("id").asString();
    FormClient.Answer deleted = ownerForms.delete("/api/v1/attachments/" + id);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(ownerForms.get("/api/v1/attachments/" + id + "/content").status()).isEqualTo(404);
    assertThat(ownerForms.delete("/api/v1/attachments/" + id).status()).isEqualTo(404);
    long chunks = server.cases().jdbi().withHandle(h -> h.createQuery(
        "select count(*) from attachment_chunk where attachment_id = ?").bind(0, UUID.fromString(id)).mapTo(Long.class)
        .one());
    assertThat(chunks).isZero();
    assertThat(audit(AuditAction.DELETE, id)).hasSize(1);
    FormClient.Answer noCsrf = ownerForms.post(sources(), FormClient.form().file("file", "a.txt", null, chatExport(10))
        .bytes(), FormClient.contentType(), false);
    assertThat(noCsrf.status()).isEqualTo(403);
    assertThat(noCsrf.code()).isEqualTo("csrf_failed");
  }

  @Test
  void aDamagedAttachmentIsAnsweredAsDamagedWithNoContent() {
    byte[] chat = chatExport(5000);
    String id = upload(sources(), "damaged.txt", "text/plain", chat).json().path("id").asString();
    server.cases().jdbi().useHandle(h -> h.createUpdate(
        "update attachment_chunk set sealed = set_byte(sealed, 40, get_byte(sealed, 40) # 255)"
            + " where attachment_id = ?").bind(0, UUID.fromString(id)).execute());

    FormClient.Answer a = ownerForms.get("/api/v1/attachments/" + id + "/content");
    answers.add(a.text());
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.code()).isEqualTo("damaged");
    assertThat(a.json().path("error").path("message").asString()).contains("damaged");
    assertThat(a.header("Content-Disposition")).isEmpty();
    assertThat(a.text()).doesNotContain(TEXT_CANARY);
    FormClient.Answer page = ownerForms.get("/attachments/" + id);
    answers.add(page.text());
    assertThat(page.status()).isEqualTo(500);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.text()).contains("damaged").doesNotContain(TEXT_CANARY);
  }

  @Test
  void nothingIsStoredInClear() {
    byte[] jpeg = TestFiles.jpegWithMetadata();
    byte[] chat = chatExport(20_000);
    upload(sources(), NAME_CANARY, "image/jpeg", jpeg);
    upload("/api/v1/incidents/" + incident + "/attachments", NAME_CANARY, "text/plain", chat);
    List<String> secrets = new ArrayList<>();
    for (String s : List.of(NAME_CANARY, CAPTION_CANARY, TEXT_CANARY, TestFiles.GPS_CANARY, TestFiles.COMMENT_CANARY,
        "qanari")) {
      secrets.addAll(FormClient.forms(s));
    }
    secrets.add(TestFiles.sha256Hex(jpeg));
    secrets.add(TestFiles.sha256Hex(chat));
    String dump = server.cases().jdbi().withHandle(h -> {
      StringBuilder all = new StringBuilder();
      for (String table : h.createQuery("select tablename from pg_tables where schemaname = current_schema()")
          .mapTo(String.class).list()) {
        h.createQuery("select t::text from \"" + table + "\" t").mapTo(String.class).forEach(row -> all.append(row));
      }
      return all.toString();
    });
    assertThat(dump).contains("image/jpeg");
    for (String s : secrets) {
      assertThat(dump).as("a secret in the database").doesNotContain(s);
    }
  }
}
