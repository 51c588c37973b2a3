package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Routes whose request body is a {@code multipart/form-data} stream the handler reads itself, and
 * whose answer is bytes the handler writes itself: the server leaves both alone, and the OpenAPI
 * document describes them.
 */
class StreamedBodiesTest {
  record Count(long bytes) {}

  static final ApiRoutes ROUTES = ApiRoutes.of(
      ApiRoute.post("/api/v1/uploads").operationId("upload").summary("Count an upload").tag("files")
          .access(Access.anyone())
          .requestBody(BodyType.multipart("file", "Any file.", List.of(ApiParam.string("caption", "A caption."))))
          .response(Count.class).status(201)
          .handler(call -> {
            try (InputStream in = call.context().req().getInputStream()) {
              return new Count(in.transferTo(java.io.OutputStream.nullOutputStream()));
            }
          }),
      ApiRoute.get("/api/v1/files/{name}").operationId("download").summary("Bytes").tag("files")
          .access(Access.anyone()).pathParam(ApiParam.string("name", "A name."))
          .response(BodyType.binary("text/plain; charset=utf-8", "image/png")).status(200)
          .handler(call -> {
            if (call.pathParam("name").equals("wrong")) {
              return new Count(1);
            }
            call.context().status(200).contentType("text/plain; charset=utf-8");
            call.context().res().getOutputStream().write("written by the handler".getBytes(StandardCharsets.UTF_8));
            return null;
          }));

  static ApiServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = ApiServer.create(ROUTES, ApiServerOptions.defaults().withPort(0)).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Test
  void theHandlerGetsTheWholeUnreadBody() throws Exception {
    byte[] body = new byte[3 * 1024 * 1024];
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/uploads"))
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("{\"bytes\":" + body.length + "}");
  }

  @Test
  void theHandlerWritesStatusHeadersAndBytesOfABinaryAnswer() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/files/a")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
        .isEqualToIgnoringCase("text/plain;charset=utf-8");
    assertThat(r.body()).isEqualTo("written by the handler");
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/v1/files/wrong")));
    assertThat(wrong.statusCode()).isEqualTo(500);
    assertThat(wrong.body()).contains("internal_error");
  }

  @Test
  void theDocumentDescribesTheFormAndTheBytes() {
    JsonNode doc = server.openApi();
    JsonNode upload = doc.path("paths").path("/api/v1/uploads").path("post");
    JsonNode form = upload.path("requestBody").path("content").path("multipart/form-data");
    assertThat(form.path("schema").path("required").toString()).isEqualTo("[\"file\"]");
    assertThat(form.path("schema").path("properties").path("file").path("contentMediaType").asString())
        .isEqualTo("application/octet-stream");
    assertThat(form.path("schema").path("properties").path("caption").path("type").asString()).isEqualTo("string");
    assertThat(upload.path("responses").has("413")).isTrue();
    assertThat(upload.path("responses").has("415")).isTrue();
    JsonNode bytes = doc.path("paths").path("/api/v1/files/{name}").path("get").path("responses").path("200")
        .path("content");
    assertThat(bytes.propertyNames()).containsExactly("text/plain; charset=utf-8", "image/png");
  }
}
