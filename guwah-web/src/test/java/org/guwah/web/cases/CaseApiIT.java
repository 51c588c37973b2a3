package org.guwah.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import org.guwah.core.ids.Ids;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.web.api.ApiRoutes;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;
import org.guwah.web.json.CaseJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The case API through real HTTP on a real Jetty and a real PostgreSQL. */
class CaseApiIT {
  static final String CANARY = "Qanaritursun Canarybek";
  static FreshDatabase fresh;
  static Database db;
  static ApiServer server;
  static final HttpClient http = HttpClient.newHttpClient();
  @TempDir static Path keys;

  @BeforeAll
  static void start() {
    fresh = TestDatabases.create();
    db = fresh.open();
    CaseStore store = CaseStore.create(db.jdbi(), KeyRing.create(keys), Clock.systemUTC(), Ids.system());
    server = ApiServer.create(ApiRoutes.of(CaseRoutes.of(store)), ApiServerOptions.defaults().withPort(0).withJson(CaseJson.apiJson())).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
    fresh.close();
  }

  static HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) {
    return CaseJson.mapper().readTree(r.body());
  }

  static String person(String name, String birth) {
    return """
        {"names": [{"value": "%s", "script": "ULY"}, {"value": "قانارى تۇرسۇن", "script": "UEY"}],
         "sex": "MALE", "birth": "%s", "ethnicity": "UYGHUR", "residenceCountry": "TR",
         "contacts": [{"kind": "PHONE", "value": "+90 555 019 4433"}], "idNumber": "653121199001010019",
         "consent": {"purposes": {"AGGREGATE_STATISTICS": {"status": "GRANTED", "recordedOn": "2019-04-01", "method": "WRITTEN"}}}}
        """.formatted(name, birth);
  }

  @Test
  void healthAndOpenApiDescribeTheRealRoutes() throws Exception {
    assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
    JsonNode doc = json(send("GET", "/api/v1/openapi.json", null));
    JsonNode paths = doc.get("paths");
    assertThat(paths.has("/api/v1/persons")).isTrue();
    assertThat(paths.has("/api/v1/incidents/{id}")).isTrue();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
      var path = it.next();
      for (Iterator<String> methods = path.getValue().propertyNames().iterator(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase();
        String concrete = path.getKey().replace("{id}", "00000000-0000-7000-8000-000000000000");
        HttpResponse<String> r = send(method, concrete, method.equals("GET") ? null : "{}");
        // every documented operation exists: whatever it answers, it is not "no such route" or 405
        assertThat(r.statusCode()).as(method + " " + concrete).isNotEqualTo(405);
        if (r.statusCode() == 404) {
          assertThat(json(r).get("error").get("message").asString()).as(method + " " + concrete).doesNotContainIgnoringCase("route");
        }
      }
    }
    HttpResponse<String> missing = send("GET", "/api/v1/nothing-here", null);
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void createReadUpdateListAndLookUp() throws Exception {
    HttpResponse<String> created = send("POST", "/api/v1/persons", person(CANARY, "1990-01-01"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode p = json(created);
    String id = p.get("id").asString();
    assertThat(p.get("version").asLong()).isEqualTo(1);
    assertThat(p.get("birth").asString()).isEqualTo("1990-01-01");

    JsonNode read = json(send("GET", "/api/v1/persons/" + id, null));
    assertThat(read.get("names").get(0).get("value").asString()).isEqualTo(CANARY);

    String update = person(CANARY, "1990").replaceFirst("\\{", "{\"version\": 1,");
    HttpResponse<String> updated = send("PUT", "/api/v1/persons/" + id, update);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).get("version").asLong()).isEqualTo(2);
    HttpResponse<String> stale = send("PUT", "/api/v1/persons/" + id, update);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("error").get("fields").has("version")).isTrue();

    HttpResponse<String> listed = send("GET", "/api/v1/persons?residenceCountry=TR&limit=50", null);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode page = json(listed);
    assertThat(page.get("items").findValuesAsString("id")).contains(id);
    assertThat(send("GET", "/api/v1/persons?residenceCountry=Narnia", null).statusCode()).isEqualTo(400);

    HttpResponse<String> found = send("POST", "/api/v1/persons/lookup", "{\"name\": \"QANARITURSUN canarybek\"}");
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(json(found).findValuesAsString("id")).contains(id);
    HttpResponse<String> byId = send("POST", "/api/v1/persons/lookup", "{\"idNumber\": \"653121 19900101 0019\"}");
    assertThat(json(byId).findValuesAsString("id")).contains(id);

    assertThat(send("GET", "/api/v1/persons/0190e4a0-0000-7000-8000-000000000000", null).statusCode()).isEqualTo(404);
  }

  @Test
  void badInputIsAnsweredFieldByFieldWithoutEchoingValues() throws Exception {
    assertError(send("POST", "/api/v1/persons", "{\"names\": [ {\"value\": "), 400, null);
    assertError(send("POST", "/api/v1/persons", "{\"names\": \"" + CANARY + "\"}"), 400, "names");
    assertError(send("POST", "/api/v1/persons", person(CANARY, "1990-02-30")), 400, "birth");
    assertError(send("POST", "/api/v1/persons", person(CANARY, "1990").replace("\"MALE\"", "\"" + CANARY + "\"")), 400, "sex");
    assertError(send("POST", "/api/v1/persons", person(CANARY, "2090")), 400, "birth");
    assertError(send("POST", "/api/v1/incidents", "{\"tactics\": [\"THREAT_FAMILY\", \"TEA\"], \"hostCountry\": \"XX\"}"),
        400, "tactics[1]");
    assertError(send("POST", "/api/v1/incidents", "{\"tactics\": [\"THREAT_FAMILY\"], \"targetPersonId\": \"0190e4a0-0000-7000-8000-000000000000\"}"),
        400, "targetPersonId");
    assertError(send("POST", "/api/v1/persons", person("x".repeat(10 * 1024 * 1024), "1990")), 400, "names[0].value");
    assertError(send("POST", "/api/v1/persons", person(CANARY, "1990").replace("\"sex\"", "\"" + CANARY + "\"")), 400, null);
  }

  private static void assertError(HttpResponse<String> r, int status, String field) {
    assertThat(r.statusCode()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isEqualTo(status);
    assertThat(r.body()).doesNotContain(CANARY, "Qanari", "xxxxxxxxxx", "Exception", "at org.");
    JsonNode error = json(r).get("error");
    assertThat(error.get("code").asString()).isNotBlank();
    if (field != null) {
      assertThat(error.get("fields").has(field)).as(r.body()).isTrue();
    }
  }
}
