package org.guwah.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests against a real server on loopback; remembers every error body. */
final class TestHttp {
  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      return JsonMapper.builder().build().readTree(body);
    }

    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    String code() {
      return json().path("error").path("code").asString();
    }

    JsonNode fields() {
      return json().path("error").path("fields");
    }
  }

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final int port;
  private final List<String> errorBodies = new ArrayList<>();

  TestHttp(int port) {
    this.port = port;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  Response send(String method, String pathAndQuery, @Nullable String contentType, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  Response sendJson(String method, String pathAndQuery, String json) {
    return send(method, pathAndQuery, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} without Content-Length (chunked). */
  Response sendChunked(String method, String pathAndQuery, byte[] body) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() >= 400) {
        errorBodies.add(r.body());
      }
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code rawRequest} on a plain socket and returns everything the server answers. */
  String raw(String rawRequest) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int bodyStart = answer.indexOf("\r\n\r\n");
      if (bodyStart >= 0) {
        errorBodies.add(answer.substring(bodyStart + 4));
      }
      return answer;
    }
  }

  /** Every error body received so far. */
  List<String> errorBodies() {
    return List.copyOf(errorBodies);
  }
}
