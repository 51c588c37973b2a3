package org.guwah.web.attachments;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.guwah.web.api.Gate;
import org.guwah.web.auth.SessionCookies;
import org.guwah.web.testing.TestServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client that sends {@code multipart/form-data} bodies and reads binary answers, with a
 * signed-in caller's session cookie and CSRF token.
 */
final class FormClient {
  static final String BOUNDARY = "----guwahTestBoundary5c1e";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final @Nullable String cookie;
  private final @Nullable String csrf;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private FormClient(int port, @Nullable String cookie, @Nullable String csrf) {
    this.port = port;
    this.cookie = cookie;
    this.csrf = csrf;
  }

  /** A client acting as {@code caller} (its CSRF token read from {@code GET /api/v1/session}). */
  static FormClient of(TestServer server, TestServer.Caller caller) {
    TestServer.Response session = caller.get("/api/v1/session");
    String token = session.status() == 200 ? session.json().path("csrfToken").asString() : null;
    return new FormClient(server.port(), caller.cookie(), token);
  }

  /** A client without session. */
  static FormClient anonymous(TestServer server) {
    return new FormClient(server.port(), null, null);
  }

  String csrf() {
    return csrf == null ? "" : csrf;
  }

  /** One answer, body as bytes. */
  record Answer(int status, HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return JSON.readTree(body);
    }

    String code() {
      return json().path("error").path("code").asString();
    }

    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    @Override
    public String toString() {
      return status + " " + (body.length > 500 ? text().substring(0, 500) : text());
    }
  }

  /** A multipart body under construction. */
  static final class Form {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Form field(String name, String value) {
      head(name, null, null);
      out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      return this;
    }

    Form file(String name, @Nullable String fileName, @Nullable String type, byte[] content) {
      head(name, fileName, type);
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      return this;
    }

    /** The file part's head only: its content follows in {@link #bytesWithFile}. */
    Form fileHead(String name, @Nullable String fileName, @Nullable String type) {
      head(name, fileName, type);
      return this;
    }

    private void head(String name, @Nullable String fileName, @Nullable String type) {
      StringBuilder h = new StringBuilder("--").append(BOUNDARY).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(name).append('"');
      if (fileName != null) {
        h.append("; filename=\"").append(fileName).append('"');
      }
      h.append("\r\n");
      if (type != null) {
        h.append("Content-Type: ").append(type).append("\r\n");
      }
      h.append("\r\n");
      out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      return all.toByteArray();
    }

    /** The bytes so far, for a body whose file content is streamed after them. */
    byte[] prefix() {
      return out.toByteArray();
    }
  }

  static Form form() {
    return new Form();
  }

  static String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  Answer post(String path, byte[] body) {
    return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType(), true);
  }

  Answer post(String path, byte[] body, String contentType, boolean withCsrfHeader) {
    return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType, withCsrfHeader);
  }

  /** Posts a body of unknown length (chunked transfer encoding), read from {@code body}. */
  Answer postStreamed(String path, Supplier<InputStream> body) {
    return send("POST", path, HttpRequest.BodyPublishers.ofInputStream(body), contentType(), true);
  }

  /**
   * Sends only the head of a multipart POST that declares {@code length} bytes of body, and reads the
   * answer: for a server that refuses from the headers alone (the client would then send no body,
   * as with {@code Expect: 100-continue}). Raw socket: the JDK client of Java 17 waits forever when
   * an expect-continue request gets a final answer.
   */
  Answer postHeadOnly(String path, long length) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\n")
          .append("Content-Type: ").append(contentType()).append("\r\n")
          .append("Content-Length: ").append(length).append("\r\n");
      if (cookie != null) {
        head.append("Cookie: ").append(SessionCookies.NAME).append('=').append(cookie).append("\r\n");
      }
      if (csrf != null) {
        head.append(Gate.CSRF_HEADER).append(": ").append(csrf).append("\r\n");
      }
      socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      byte[] all = socket.getInputStream().readAllBytes();
      String text = new String(all, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      int status = Integer.parseInt(text.substring(9, 12));
      java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line : text.substring(0, end).split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
              .add(line.substring(colon + 1).strip());
        }
      }
      return new Answer(status, HttpHeaders.of(headers, (a, b) -> true),
          text.substring(end + 4).getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Answer get(String path) {
    return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, false);
  }

  Answer delete(String path) {
    return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null, true);
  }

  /** A URL-encoded form post, as a browser sends one. */
  Answer postForm(String path, String urlEncoded) {
    return send("POST", path, HttpRequest.BodyPublishers.ofString(urlEncoded), "application/x-www-form-urlencoded",
        false);
  }

  private Answer send(String method, String path, HttpRequest.BodyPublisher body, @Nullable String contentType,
      boolean withCsrfHeader) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (cookie != null) {
      b.header("Cookie", SessionCookies.NAME + "=" + cookie);
    }
    if (csrf != null && withCsrfHeader) {
      b.header(Gate.CSRF_HEADER, csrf);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers(), r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every byte sequence of {@code text}'s UTF-8 form and its hex, for canary scans. */
  static List<String> forms(String text) {
    List<String> out = new ArrayList<>();
    out.add(text);
    out.add(java.util.HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  @Override
  public String toString() {
    return "FormClient[" + port + "]";
  }
}
