package org.guwah.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import io.javalin.config.JavalinConfig;
import org.guwah.store.accounts.NewSession;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.SessionStage;
import org.guwah.store.accounts.SessionStore;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.ApiRoutes;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;
import org.guwah.web.api.BodyType;
import org.guwah.web.api.Gate;
import org.guwah.web.auth.SessionCookies;
import org.guwah.web.testing.RouteRoleWalk.CallerKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The route × role walk itself: it passes on a correct table and fails on each kind of hole. */
class RouteRoleWalkTest {
  private static final ApiRoute SECRET = ApiRoute.get("/api/v1/secret").operationId("secret").summary("s").tag("t")
      .access(Access.roles(Role.ANALYST)).response(BodyType.freeForm()).handler(call -> Map.of("ok", true));
  private static final ApiRoute PUBLIC = ApiRoute.get("/api/v1/open").operationId("open").summary("o").tag("t")
      .access(Access.anyone()).response(BodyType.freeForm()).handler(call -> Map.of("ok", true));
  private static final ApiRoute WRITE = ApiRoute.post("/api/v1/things/{id}").operationId("write").summary("w")
      .tag("t").access(Access.roles(Role.DOCUMENTER)).handler(call -> null);

  private static Map<String, String> matrix() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("health", "anyone");
    m.put("openApi", "anyone");
    m.put("secret", "roles: analyst");
    m.put("open", "anyone");
    m.put("write", "roles: documenter");
    return m;
  }

  private static List<String> walk(List<ApiRoute> routes, Map<String, String> matrix, Consumer<JavalinConfig> extra) {
    SessionStore sessions = SessionStore.create(Clock.systemUTC(), new SecureRandom());
    SessionCookies cookies = new SessionCookies(sessions, false);
    Map<CallerKind, NewSession> callers = new EnumMap<>(CallerKind.class);
    callers.put(CallerKind.SIGNING_IN, sessions.open(UUID.randomUUID(), Set.of(Role.ANALYST), SessionStage.PASSWORD_VERIFIED));
    for (CallerKind k : CallerKind.values()) {
      if (k != CallerKind.ANONYMOUS && k != CallerKind.SIGNING_IN) {
        callers.put(k, sessions.open(UUID.randomUUID(), Set.of(Role.valueOf(k.name())), SessionStage.AUTHENTICATED));
      }
    }
    HttpClient http = HttpClient.newHttpClient();
    try (ApiServer server = ApiServer.create(ApiRoutes.of(routes),
        ApiServerOptions.defaults().withPort(0).withAuthenticator(cookies).withJavalinConfig(extra)).start()) {
      return RouteRoleWalk.problems(server, matrix, (who, method, path, body) -> {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
        NewSession s = callers.get(who);
        if (s != null) {
          b.header("Cookie", SessionCookies.NAME + "=" + s.token()).header(Gate.CSRF_HEADER, s.session().csrfToken());
        }
        try {
          HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          String code = r.body().startsWith("{")
              ? JsonMapper.builder().build().readTree(r.body()).path("error").path("code").asString("") : "";
          return new RouteRoleWalk.Answer(r.statusCode(), code);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  @Test
  void aCorrectTablePasses() {
    assertThat(walk(List.of(SECRET, PUBLIC, WRITE), matrix(), c -> { })).isEmpty();
  }

  @Test
  void aDeliberatelyUnguardedRouteFails() {
    ApiRoute unguarded = ApiRoute.get("/api/v1/secret").operationId("secret").summary("s").tag("t")
        .access(Access.anyone()).response(BodyType.freeForm()).handler(call -> Map.of("ok", true));
    List<String> problems = walk(List.of(unguarded, PUBLIC, WRITE), matrix(), c -> { });
    assertThat(problems).anyMatch(p -> p.contains("declares 'anyone' but the matrix says 'roles: analyst'"));
    assertThat(problems).anyMatch(p -> p.contains("answered ANONYMOUS with 200"));
    assertThat(problems).anyMatch(p -> p.contains("answered DOCUMENTER with 200"));
  }

  @Test
  void aRouteWiderThanItsRowFails() {
    ApiRoute wider = ApiRoute.post("/api/v1/things/{id}").operationId("write").summary("w").tag("t")
        .access(Access.roles(Role.DOCUMENTER, Role.PARTNER)).handler(call -> null);
    List<String> problems = walk(List.of(SECRET, PUBLIC, wider), matrix(), c -> { });
    assertThat(problems).anyMatch(p -> p.contains("answered PARTNER with 204"));
  }

  @Test
  void aRouteWithoutRowFails() {
    ApiRoute extra = ApiRoute.get("/api/v1/extra").operationId("extra").summary("e").tag("t")
        .access(Access.roles(Role.ANALYST)).response(BodyType.freeForm()).handler(call -> Map.of());
    assertThat(walk(List.of(SECRET, PUBLIC, WRITE, extra), matrix(), c -> { }))
        .anyMatch(p -> p.contains("(extra) has no row in the access matrix"));
  }

  @Test
  void aHandlerBypassingTheRouteTableFails() {
    List<String> problems = walk(List.of(SECRET, PUBLIC, WRITE), matrix(),
        c -> c.routes.get("/api/v1/backdoor", ctx -> ctx.result("secret")));
    assertThat(problems).anyMatch(p -> p.contains("GET /api/v1/backdoor is served but not in the route table"));
  }

  @Test
  void aRouteWithoutRuleCannotBeBuilt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApiRoute.get("/api/v1/x").operationId("x").summary("x")
        .tag("t").handler(call -> null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no access rule");
  }
}
