package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.web.json.CaseJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** `guwah serve --demo` as a user runs it: healthy within 60 s, demo data listable. */
class ServeIT {
  @TempDir Path work;

  @Test
  void serveDemoBecomesHealthyAndListsTheDemoData() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> args = new ArrayList<>(List.of("serve", "--demo", "--port", String.valueOf(port), "--data",
        work.resolve("data").toString()));
    FreshDatabase external = TestDatabases.kind().equals("external") ? TestDatabases.create() : null;
    if (external != null) {
      args.addAll(List.of("--db", GuwahProcess.dbUrl(external)));
    }
    HttpClient http = HttpClient.newHttpClient();
    try (GuwahProcess p = GuwahProcess.start(work, args.toArray(new String[0]))) {
      long deadline = System.nanoTime() + 60_000_000_000L;
      int status = 0;
      while (System.nanoTime() < deadline && p.process.isAlive()) {
        try {
          status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode();
          if (status == 200) {
            break;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        Thread.sleep(200);
      }
      assertThat(status).as(p.text()).isEqualTo(200);
      HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/v1/persons?limit=50")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      ApiSession admin = ApiSession.enrol(port, ApiSession.firstStartToken(p.text()), "first-admin");
      assertThat(admin.send("GET", "/api/v1/persons?limit=50", null).statusCode())
          .as("administrators do not read cases").isEqualTo(403);
      ApiSession documenter = ApiSession.enrol(port, admin.invite("documenter"), "a-documenter");
      HttpResponse<String> list = documenter.send("GET", "/api/v1/persons?limit=50", null);
      JsonNode page = CaseJson.mapper().readTree(list.body());
      assertThat(page.get("items").size()).isEqualTo(50);
      assertThat(page.get("nextCursor").isNull()).isFalse();
      HttpResponse<String> threats = documenter.send("GET", "/api/v1/incidents?tactic=INFORMANT_RECRUIT&limit=500",
          null);
      assertThat(CaseJson.mapper().readTree(threats.body()).get("items").size()).isGreaterThanOrEqualTo(26);
      assertThat(p.text()).contains("demo: loaded");
      // identity canaries through the running server: stored, read, refused; none may reach its output or logs
      String canary = "{\"names\": [{\"value\": \"Qanariserve Canarybek\", \"script\": \"ULY\"}],"
          + " \"contacts\": [{\"kind\": \"PHONE\", \"value\": \"+90 555 017 7711\"}]";
      HttpResponse<String> created = documenter.send("POST", "/api/v1/persons", canary + "}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(documenter.send("GET", "/api/v1/persons/" + CaseJson.mapper().readTree(created.body()).get("id")
          .asString(), null).body()).contains("Qanariserve Canarybek");
      assertThat(documenter.send("POST", "/api/v1/persons", canary + ", \"sex\": \"Qanariserve\"}").statusCode())
          .isEqualTo(400);
      assertThat(documenter.send("POST", "/api/v1/persons", canary).statusCode()).isEqualTo(400);
      assertThat(documenter.send("POST", "/api/v1/persons/lookup", "{\"name\": \"Qanariserve Canarybek\"}")
          .body()).contains("Canarybek");
      assertThat(p.text().toLowerCase()).doesNotContain("qanari", "canarybek", "017 7711");
    } finally {
      if (external != null) {
        external.close();
      }
    }
  }
}
