package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {
  private final AtomicBoolean ready = new AtomicBoolean(true);
  private ApiServer server;
  private TestHttp http;

  @BeforeAll
  void start() {
    server = ApiServer.create(SampleApi.routes(),
        ApiServerOptions.defaults().withJson(SampleApi.json()).withPort(0).withReadiness(ready::get)).start();
    http = new TestHttp(server.port());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void health_answers_ok_when_ready_and_503_otherwise() {
    TestHttp.Response ok = http.get("/health");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"status\":\"ok\"}");
    ready.set(false);
    try {
      TestHttp.Response starting = http.get("/health");
      assertThat(starting.status()).isEqualTo(503);
      assertThat(starting.code()).isEqualTo("not_ready");
    } finally {
      ready.set(true);
    }
  }

  @Test
  void listens_on_loopback_by_default() {
    assertThat(ApiServerOptions.defaults().bindAddress()).isEqualTo("127.0.0.1");
    assertThat(ApiServerOptions.defaults().maxRequestBytes()).isEqualTo(16L * 1024 * 1024);
  }

  @Test
  void every_documented_operation_is_routed() {
    JsonNode paths = http.get(ApiServer.OPENAPI_PATH).json().path("paths");
    List<String> checked = new ArrayList<>();
    for (String path : paths.propertyNames()) {
      for (String method : paths.path(path).propertyNames()) {
        String concrete = path.replaceAll("\\{code}", "abc").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        TestHttp.Response r = http.sendJson(method.toUpperCase(java.util.Locale.ROOT), concrete, "{}");
        assertThat(r.status()).as(method + " " + path).isNotEqualTo(405);
        if (r.status() == 404) {
          assertThat(r.code()).as(method + " " + path).isNotEqualTo("no_such_route");
        }
        checked.add(method + " " + path);
      }
    }
    assertThat(checked).hasSize(server.routes().routes().size()).contains("get /health", "get /api/v1/openapi.json");
  }

  @Test
  void security_headers_on_every_kind_of_response() {
    List<TestHttp.Response> responses = List.of(
        http.get("/health"),
        http.get("/api/v1/persons"),
        http.get("/api/v1/persons/" + UUID.randomUUID()),
        http.get("/api/v1/nothing"),
        http.get("/elsewhere"),
        http.sendJson("PATCH", "/api/v1/persons", "{}"),
        http.send("POST", "/api/v1/persons", "text/plain", new byte[] {1}),
        http.sendJson("POST", "/api/v1/persons", "{"),
        http.get("/api/v1/failures/boom"),
        http.sendJson("DELETE", "/api/v1/persons/" + UUID.randomUUID(), ""));
    for (TestHttp.Response r : responses) {
      assertThat(r.header("X-Content-Type-Options")).as("status " + r.status()).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.header("Server")).doesNotContainIgnoringCase("jetty");
    }
    responses.stream().filter(r -> r.status() != 404 || r.code().equals("not_found"))
        .forEach(r -> assertThat(r.header("Cache-Control")).as("status " + r.status()).isEqualTo("no-store"));
    assertThat(http.get("/api/v1/nothing").header("Cache-Control")).isEqualTo("no-store");
    assertThat(http.get("/elsewhere").header("Cache-Control")).as("not an API path").isEmpty();
  }

  @Test
  void delete_answers_204_without_body() {
    TestHttp.Response r = http.sendJson("DELETE", "/api/v1/persons/" + UUID.randomUUID(), "");
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void list_responses_are_json_arrays() {
    TestHttp.Response r = http.get("/api/v1/persons/" + SampleApi.KNOWN_ID + "/names");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().isArray()).isTrue();
    assertThat(r.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void openapi_document_is_served_as_built() {
    TestHttp.Response r = http.get(ApiServer.OPENAPI_PATH);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(new TestHttp.Response(200, r.headers(), server.openApi().toString()).json());
    assertThat(r.json().path("openapi").asString()).isEqualTo("3.1.0");
  }

  @Test
  void routes_clashing_with_built_ins_are_refused() {
    ApiRoutes clash = ApiRoutes.of(ApiRoute.get("/health").operationId("myHealth").summary("x").tag("x").access(Access.anyone())
        .response(HealthStatus.class).handler(call -> HealthStatus.ok()));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ApiServer.create(clash, ApiServerOptions.defaults().withJson(SampleApi.json()).withPort(0)));
  }
}
