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
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/v1/persons?limit=50")).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode page = CaseJson.mapper().readTree(list.body());
      assertThat(page.get("items").size()).isEqualTo(50);
      assertThat(page.get("nextCursor").isNull()).isFalse();
      HttpResponse<String> threats = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/v1/incidents?tactic=INFORMANT_RECRUIT&limit=500")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(CaseJson.mapper().readTree(threats.body()).get("items").size()).isGreaterThanOrEqualTo(26);
      assertThat(p.text()).contains("demo: loaded");
    } finally {
      if (external != null) {
        external.close();
      }
    }
  }
}
