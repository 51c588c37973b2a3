package org.guwah.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import org.guwah.store.accounts.Role;
import org.guwah.web.json.CaseJson;
import org.guwah.web.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The case API through real HTTP on a real Jetty and a real PostgreSQL. */
class CaseApiIT {
  static final String CANARY = "Qanaritursun Canarybek";
  static TestServer server;
  static TestServer.Caller documenter;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    documenter = server.signedIn(Role.DOCUMENTER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Sends as a signed-in documenter. */
  static TestServer.Response send(String method, String path, String body) {
    return documenter.send(method, path, body);
  }

  static JsonNode json(TestServer.Response r) {
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
    assertThat(send("GET", "/health", null).status()).isEqualTo(200);
    JsonNode doc = json(send("GET", "/api/v1/openapi.json", null));
    JsonNode paths = doc.get("paths");
    assertThat(paths.has("/api/v1/persons")).isTrue();
    assertThat(paths.has("/api/v1/incidents/{id}")).isTrue();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
      var path = it.next();
      if (path.getKey().matches("/api/v1/(session|enrolment|invitations|accounts).*")) {
        continue; // sign-in and account routes: RouteRoleIT walks them; here they would end the session
      }
      for (Iterator<String> methods = path.getValue().propertyNames().iterator(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase();
        String concrete = path.getKey().replace("{id}", "00000000-0000-7000-8000-000000000000");
        TestServer.Response r = send(method, concrete, method.equals("GET") ? null : "{}");
        // every documented operation exists: whatever it answers, it is not "no such route" or 405
        assertThat(r.status()).as(method + " " + concrete).isNotEqualTo(405);
        if (r.status() == 404) {
          assertThat(json(r).get("error").get("message").asString()).as(method + " " + concrete).doesNotContainIgnoringCase("route");
        }
      }
    }
    TestServer.Response missing = send("GET", "/api/v1/nothing-here", null);
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void createReadUpdateListAndLookUp() throws Exception {
    TestServer.Response created = send("POST", "/api/v1/persons", person(CANARY, "1990-01-01"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode p = json(created);
    String id = p.get("id").asString();
    assertThat(p.get("version").asLong()).isEqualTo(1);
    assertThat(p.get("birth").asString()).isEqualTo("1990-01-01");

    JsonNode read = json(send("GET", "/api/v1/persons/" + id, null));
    assertThat(read.get("names").get(0).get("value").asString()).isEqualTo(CANARY);

    String update = person(CANARY, "1990").replaceFirst("\\{", "{\"version\": 1,");
    TestServer.Response updated = send("PUT", "/api/v1/persons/" + id, update);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).get("version").asLong()).isEqualTo(2);
    TestServer.Response stale = send("PUT", "/api/v1/persons/" + id, update);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(json(stale).get("error").get("fields").has("version")).isTrue();

    TestServer.Response listed = send("GET", "/api/v1/persons?residenceCountry=TR&limit=50", null);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    JsonNode page = json(listed);
    assertThat(page.get("items").findValuesAsString("id")).contains(id);
    assertThat(send("GET", "/api/v1/persons?residenceCountry=Narnia", null).status()).isEqualTo(400);

    TestServer.Response found = send("POST", "/api/v1/persons/lookup", "{\"name\": \"QANARITURSUN canarybek\"}");
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(json(found).findValuesAsString("id")).contains(id);
    TestServer.Response byId = send("POST", "/api/v1/persons/lookup", "{\"idNumber\": \"653121 19900101 0019\"}");
    assertThat(json(byId).findValuesAsString("id")).contains(id);

    assertThat(send("GET", "/api/v1/persons/0190e4a0-0000-7000-8000-000000000000", null).status()).isEqualTo(404);
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

  private static void assertError(TestServer.Response r, int status, String field) {
    assertThat(r.status()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isEqualTo(status);
    assertThat(r.body()).doesNotContain(CANARY, "Qanari", "xxxxxxxxxx", "Exception", "at org.");
    JsonNode error = json(r).get("error");
    assertThat(error.get("code").asString()).isNotBlank();
    if (field != null) {
      assertThat(error.get("fields").has(field)).as(r.body()).isTrue();
    }
  }
}
