package org.guwah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guwah.store.accounts.Role;
import org.guwah.web.testing.RouteRoleWalk;
import org.guwah.web.testing.RouteRoleWalk.CallerKind;
import org.guwah.web.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Every route of the production server (as {@code guwah serve} builds it) × every kind of caller,
 * against the reviewed access matrix {@code access-matrix.tsv}: a new route without a row, a rule
 * that differs from its row, or a handler that bypasses the route table fails the build.
 */
class RouteRoleIT {
  /** The refusal an answer carries: the API's error code, or a page's redirect to sign in or 403 page. */
  static String refusalCode(TestServer.Response r) {
    if (r.body().startsWith("{")) {
      return r.json().path("error").path("code").asString("");
    }
    String location = r.headers().firstValue("Location").orElse("");
    if (r.status() == 303 && location.startsWith("/sign-in/second-factor")) {
      return "second_factor_required";
    }
    if (r.status() == 303 && location.startsWith("/sign-in")) {
      return "not_signed_in";
    }
    return r.status() == 403 ? "forbidden" : "";
  }

  @Test
  void everyRouteAdmitsExactlyTheCallersOfTheMatrix() throws Exception {
    Map<String, String> matrix;
    try (InputStream in = RouteRoleIT.class.getResourceAsStream("access-matrix.tsv")) {
      matrix = RouteRoleWalk.matrix(in);
    }
    try (TestServer server = TestServer.start()) {
      Map<CallerKind, TestServer.Caller> callers = new EnumMap<>(CallerKind.class);
      callers.put(CallerKind.ANONYMOUS, server.anonymous());
      callers.put(CallerKind.SIGNING_IN, server.signingIn(Role.DOCUMENTER));
      for (CallerKind k : CallerKind.values()) {
        if (k != CallerKind.ANONYMOUS && k != CallerKind.SIGNING_IN) {
          callers.put(k, server.signedIn(Role.valueOf(k.name())));
        }
      }
      List<String> problems = RouteRoleWalk.problems(server.server(), server.guwah().pageRoutes(), matrix,
          (who, method, path, body) -> {
            TestServer.Response r = callers.get(who).send(method, path, body);
            return new RouteRoleWalk.Answer(r.status(), refusalCode(r));
          });
      assertThat(problems).isEmpty();
      assertThat(server.server().routes().routes().size() + server.guwah().pageRoutes().size()).isEqualTo(matrix.size());
    }
  }
}
