package org.guwah.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {
  private static final String BOUNDARY = "----guwahBoundary7MA4YWxkTrZu0gW";
  private static final String NAME_CANARY = "qanari-threat-from-police.jpg";
  private static final String VALUE_CANARY = "qanari value";

  /** Builds a multipart body; parts are {name, fileName or null, content type or null, bytes}. */
  static byte[] body(String boundary, List<Object[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object[] p : parts) {
      StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(p[0]).append('"');
      if (p[1] != null) {
        h.append("; filename=\"").append(p[1]).append('"');
      }
      h.append("\r\n");
      if (p[2] != null) {
        h.append("Content-Type: ").append(p[2]).append("\r\n");
      }
      h.append("\r\n");
      out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes((byte[]) p[3]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static Object[] field(String name, String value) {
    return new Object[] {name, null, null, value.getBytes(StandardCharsets.UTF_8)};
  }

  private static Object[] file(String name, String fileName, String type, byte[] bytes) {
    return new Object[] {name, fileName, type, bytes};
  }

  /** An input stream handing out at most a few bytes per read, at random. */
  private static InputStream trickle(byte[] bytes, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(97)));
      }
    };
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  @Test
  void readsFieldsAndFilesWithTheirHeaders() throws IOException {
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, '\r', '\n', '-', '-', 'x', (byte) 0xff, (byte) 0xd9};
    byte[] body = body(BOUNDARY, List.<Object[]>of(field("_csrf", "tok"), field("caption", "قانارى caption\r\nline 2"),
        file("file", "دوكلات.jpg", "image/jpeg", jpeg)));
    MultipartReader reader = MultipartReader.of(new ByteArrayInputStream(body), BOUNDARY, body.length);

    assertThat(reader.leadingField("_csrf", 100)).isEqualTo("tok");
    MultipartPart caption = reader.next();
    assertThat(caption.name()).isEqualTo("caption");
    assertThat(caption.isFile()).isFalse();
    assertThat(caption.text(1000)).isEqualTo("قانارى caption\r\nline 2");
    MultipartPart file = reader.next();
    assertThat(file.name()).isEqualTo("file");
    assertThat(file.fileName()).isEqualTo("دوكلات.jpg");
    assertThat(file.contentType()).isEqualTo("image/jpeg");
    assertThat(readAll(file.body())).isEqualTo(jpeg);
    assertThat(reader.next()).isNull();
    assertThat(reader.next()).isNull();
    assertThat(reader.bytesRead()).isEqualTo(body.length);
  }

  @Test
  void bodiesFullOfBoundaryLookAlikesSurviveAnyReadSizes() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<byte[]> contents = new ArrayList<>();
      List<Object[]> parts = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        byte[] content = new byte[random.nextInt(round < 10 ? 200_000 : 3000)];
        for (int j = 0; j < content.length; j++) {
          int pick = random.nextInt(10);
          content[j] = pick < 3 ? (byte) "\r\n-".charAt(pick) : (byte) random.nextInt(256);
        }
        // plant partial delimiters: "\r\n--" plus a prefix of the boundary
        for (int k = 0; k < 3 && content.length > 80; k++) {
          String lookAlike = "\r\n--" + BOUNDARY.substring(0, random.nextInt(BOUNDARY.length()));
          byte[] la = lookAlike.getBytes(StandardCharsets.US_ASCII);
          System.arraycopy(la, 0, content, random.nextInt(content.length - la.length), la.length);
        }
        contents.add(content);
        parts.add(file("f" + i, "n" + i, null, content));
      }
      byte[] body = body(BOUNDARY, parts);
      MultipartReader reader = MultipartReader.of(trickle(body, random), BOUNDARY, body.length);
      for (int i = 0; i < count; i++) {
        MultipartPart part = reader.next();
        assertThat(part.name()).isEqualTo("f" + i);
        if (random.nextInt(4) == 0) {
          continue; // skipped unread
        }
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 + random.nextInt(5000)];
        int n;
        while ((n = part.body().read(chunk, 0, 1 + random.nextInt(chunk.length))) >= 0) {
          got.write(chunk, 0, n);
        }
        assertThat(got.toByteArray()).as("round %d part %d", round, i).isEqualTo(contents.get(i));
      }
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void aPreambleAndAnEpilogueAreIgnoredAndPaddingAfterABoundaryIsAllowed() throws IOException {
    String text = "preamble, ignored\r\n--" + BOUNDARY + "  \t\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--"
        + BOUNDARY + "--\r\nepilogue";
    MultipartReader reader = MultipartReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
        BOUNDARY, 10_000);
    MultipartPart a = reader.next();
    assertThat(a.name()).isEqualTo("a");
    assertThat(a.text(10)).isEqualTo("1");
    assertThat(reader.next()).isNull();
  }

  @Test
  void theLimitIsCheckedWhileReading() throws IOException {
    byte[] big = new byte[300_000];
    byte[] body = body(BOUNDARY, List.<Object[]>of(field("caption", "c"), file("file", "x.bin", null, big)));
    MultipartReader reader = MultipartReader.of(new ByteArrayInputStream(body), BOUNDARY, 1000);
    assertThat(reader.next().text(10)).isEqualTo("c");
    reader.maxBytes(100_000);
    MultipartPart file = reader.next();
    assertThatThrownBy(() -> readAll(file.body())).isInstanceOf(MultipartTooLargeException.class)
        .hasMessageContaining("100000");
    assertThat(reader.bytesRead()).isLessThanOrEqualTo(100_000 + 64 * 1024);
  }

  @Test
  void aTextFieldLongerThanAskedIsRefused() throws IOException {
    byte[] body = body(BOUNDARY, List.<Object[]>of(field("caption", "x".repeat(5000))));
    MultipartPart caption = MultipartReader.of(new ByteArrayInputStream(body), BOUNDARY, body.length).next();
    assertThatThrownBy(() -> caption.text(4000)).isInstanceOf(MultipartTooLargeException.class);
  }

  @Test
  void malformedBodiesAreRefusedWithoutQuotingThem() {
    String head = "--" + BOUNDARY + "\r\n";
    List<String> bad = List.of(
        "",
        "no boundary at all " + VALUE_CANARY,
        head + "Content-Disposition: form-data; name=\"a\"\r\n\r\n" + VALUE_CANARY,
        head + "Content-Disposition: form-data; name=\"a\"\r\n" + VALUE_CANARY,
        head + "Content-Type: text/plain\r\n\r\n" + VALUE_CANARY + "\r\n--" + BOUNDARY + "--",
        head + "Content-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--" + BOUNDARY + "--",
        head + "Content-Disposition: form-data; filename=\"" + NAME_CANARY + "\"\r\n\r\nx\r\n--" + BOUNDARY + "--",
        head + "Content-Disposition: form-data; name=\"a\"\r\nContent-Transfer-Encoding: base64\r\n\r\neA==\r\n--"
            + BOUNDARY + "--",
        head + "Content-Disposition: form-data; name=\"a\"\r\nX-" + "h".repeat(9000) + ": 1\r\n\r\nx\r\n--" + BOUNDARY + "--",
        head + "Content-Disposition: form-data; name=\"a\"; filename=\"" + NAME_CANARY + "\u0001\"\r\n\r\nx\r\n--"
            + BOUNDARY + "--",
        "--" + BOUNDARY + "garbage\r\n");
    for (String text : bad) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> {
        MultipartReader reader = MultipartReader.of(new ByteArrayInputStream(bytes), BOUNDARY, 100_000);
        for (MultipartPart p = reader.next(); p != null; p = reader.next()) {
          readAll(p.body());
        }
      }).as(text.length() > 80 ? text.substring(0, 80) : text)
          .isInstanceOf(MalformedMultipartException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("qanari").doesNotContain("hhhh"));
    }
  }

  @Test
  void headersThatAreNotUtf8AreRefused() {
    byte[] bytes = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"; filename=\"\u00ff.jpg\"\r\n\r\nx\r\n--"
        + BOUNDARY + "--").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> MultipartReader.of(new ByteArrayInputStream(bytes), BOUNDARY, 1000).next())
        .isInstanceOf(MalformedMultipartException.class).hasMessageContaining("UTF-8");
  }

  @Test
  void tooManyPartsAreRefused() {
    List<Object[]> parts = new ArrayList<>();
    for (int i = 0; i <= MultipartReader.MAX_PARTS; i++) {
      parts.add(field("f" + i, "v"));
    }
    byte[] body = body(BOUNDARY, parts);
    assertThatThrownBy(() -> {
      MultipartReader reader = MultipartReader.of(new ByteArrayInputStream(body), BOUNDARY, body.length);
      while (reader.next() != null) {
        // read all
      }
    }).isInstanceOf(MalformedMultipartException.class).hasMessageContaining("parts");
  }

  @Test
  void extendedAndQuotedFileNamesAreDecoded() throws IOException {
    String text = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fallback.txt\";"
        + " filename*=UTF-8''%E6%81%90%E5%90%93.txt\r\n\r\nx\r\n--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"other\"; filename=\"a \\\"quoted\\\"; name.txt\"\r\n\r\ny\r\n--"
        + BOUNDARY + "--";
    MultipartReader reader = MultipartReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        BOUNDARY, 10_000);
    assertThat(reader.next().fileName()).isEqualTo("恐吓.txt");
    MultipartPart other = reader.next();
    assertThat(other.fileName()).isEqualTo("a \"quoted\"; name.txt");
    assertThat(other.toString()).doesNotContain("quoted");
  }

  @Test
  void leadingFieldIsNullWhenTheFormDoesNotStartWithIt() throws IOException {
    byte[] body = body(BOUNDARY, List.<Object[]>of(field("caption", "c"), field("_csrf", "tok")));
    assertThat(MultipartReader.of(new ByteArrayInputStream(body), BOUNDARY, body.length).leadingField("_csrf", 100))
        .isNull();
  }

  @Test
  void boundariesComeFromTheContentType() {
    assertThat(MultipartReader.boundary("multipart/form-data; boundary=" + BOUNDARY)).contains(BOUNDARY);
    assertThat(MultipartReader.boundary("Multipart/Form-Data;boundary=\"a b:c\"")).contains("a b:c");
    assertThat(MultipartReader.boundary("multipart/form-data; charset=utf-8; boundary=xyz")).contains("xyz");
    assertThat(MultipartReader.boundary("multipart/form-data")).isEmpty();
    assertThat(MultipartReader.boundary("multipart/form-data; boundary=")).isEmpty();
    assertThat(MultipartReader.boundary("multipart/form-data; boundary=" + "x".repeat(71))).isEmpty();
    assertThat(MultipartReader.boundary("multipart/mixed; boundary=xyz")).isEmpty();
    assertThat(MultipartReader.boundary("application/json")).isEmpty();
    assertThat(MultipartReader.boundary(null)).isEmpty();
    assertThat(MultipartReader.isMultipart("multipart/form-data; boundary=x")).isTrue();
    assertThat(MultipartReader.isMultipart("application/x-www-form-urlencoded")).isFalse();
  }
}
