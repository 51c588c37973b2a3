package org.guwah.web.testing;

import io.javalin.router.ParsedEndpoint;
import org.guwah.web.pages.PageRoute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.guwah.store.accounts.Role;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.ApiServer;

/**
 * Walks every route of a running server with every kind of caller and compares what happens with a
 * reviewed access matrix (a TSV of {@code operationId <TAB> rule}, rules written as
 * {@link Access#describe()} does). Reports, without stopping at the first:
 *
 * <ul>
 *   <li>an HTTP handler registered on the server that is not in its route table (it would bypass the
 *       gate);
 *   <li>a route missing from the matrix, a matrix row without route, a route whose rule differs
 *       from its row;
 *   <li>a caller the matrix refuses that is not refused (401/403 with the right error code), and a
 *       caller it admits that is refused.
 * </ul>
 *
 * The expectation comes from the matrix, never from the route itself, so a route that loosens its
 * own rule fails the walk.
 */
public final class RouteRoleWalk {
  /** Who is calling. */
  public enum CallerKind {
    ANONYMOUS,
    SIGNING_IN,
    ADMINISTRATOR,
    DOCUMENTER,
    ANALYST,
    PUBLISHER,
    PARTNER;

    Role role() {
      return Role.valueOf(name());
    }
  }

  /** Sends a request as one kind of caller; returns status and {@code error.code} (or ""). */
  public interface Client {
    Answer send(CallerKind who, String method, String path, String body);
  }

  /** Status and error code of one answer. */
  public record Answer(int status, String errorCode) {}

  private RouteRoleWalk() {}

  /** Reads a matrix: operationId to rule. */
  public static Map<String, String> matrix(InputStream tsv) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    String text = new String(tsv.readAllBytes(), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2 || m.put(cells[0].strip(), cells[1].strip()) != null) {
        throw new IllegalArgumentException("bad matrix line: " + line);
      }
    }
    return m;
  }

  /** Every problem found; empty when the server matches the matrix. */
  public static List<String> problems(ApiServer server, Map<String, String> matrix, Client client) {
    return problems(server, List.of(), matrix, client);
  }

  /**
   * Every problem found for the API routes and the page routes {@code pages} (registered on the
   * same server); empty when both match the matrix. A page refuses by redirecting to the sign-in
   * steps or with a 403 page: the client reports those as {@code not_signed_in},
   * {@code second_factor_required} and {@code forbidden}.
   */
  public static List<String> problems(ApiServer server, List<PageRoute> pages, Map<String, String> matrix, Client client) {
    List<String> problems = new ArrayList<>();
    List<ApiRoute> routes = server.routes().routes();
    for (ParsedEndpoint e : server.javalin().unsafe.internalRouter.allHttpHandlers()) {
      String method = e.endpoint.method.name().toUpperCase(Locale.ROOT);
      if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
        continue;
      }
      boolean known = routes.stream().anyMatch(r -> r.method().name().equals(method)
          && javalinPath(r.path()).equals(e.endpoint.path))
          || pages.stream().anyMatch(r -> r.method().name().equals(method) && r.path().equals(e.endpoint.path));
      if (!known) {
        problems.add(method + " " + e.endpoint.path + " is served but not in the route table (bypasses the gate)");
      }
    }
    for (String op : matrix.keySet()) {
      if (routes.stream().noneMatch(r -> r.operationId().equals(op)) && pages.stream().noneMatch(r -> r.id().equals(op))) {
        problems.add("matrix row " + op + " has no route");
      }
    }
    // pages first: the API walk ends every caller's session with its sign-out
    for (PageRoute page : pages) {
      String label = page.method() + " " + page.path();
      String rule = matrix.get(page.id());
      if (rule == null) {
        problems.add(label + " (" + page.id() + ") has no row in the access matrix");
        continue;
      }
      if (!rule.equals(page.access().describe())) {
        problems.add(label + " declares '" + page.access().describe() + "' but the matrix says '" + rule + "'");
      }
      Access expected = parse(rule);
      String path = concrete(page.path());
      for (CallerKind who : CallerKind.values()) {
        boolean endsSession = page.method().name().equals("POST")
            && (page.path().equals("/sign-in") || page.path().equals("/sign-out"));
        if (endsSession && who != CallerKind.ANONYMOUS) {
          continue; // it would end the caller's session for the rest of the walk; the browser tests cover it
        }
        Answer a = client.send(who, page.method().name(), path, page.method().mayHaveBody() ? "" : null);
        String refusal = expectedRefusal(expected, who);
        if (refusal == null) {
          if (a.errorCode().equals("not_signed_in") || a.errorCode().equals("second_factor_required")
              || a.errorCode().equals("forbidden")) {
            problems.add(label + " refused " + who + " (" + a.status() + " " + a.errorCode() + ") but the matrix admits it");
          }
        } else if (!a.errorCode().equals(refusal)) {
          problems.add(label + " answered " + who + " with " + a.status() + " " + a.errorCode()
              + " but the matrix refuses it (" + refusal + ")");
        }
      }
    }
    List<ApiRoute> ordered = new ArrayList<>(routes);
    // routes that end the caller's session go last
    ordered.sort(Comparator.comparing(r -> r.method().name().equals("DELETE") && r.path().endsWith("/session")));
    for (ApiRoute route : ordered) {
      String rule = matrix.get(route.operationId());
      if (rule == null) {
        problems.add(route.label() + " (" + route.operationId() + ") has no row in the access matrix");
        continue;
      }
      if (!rule.equals(route.access().describe())) {
        problems.add(route.label() + " declares '" + route.access().describe() + "' but the matrix says '" + rule + "'");
      }
      Access expected = parse(rule);
      String path = concrete(route.path());
      String body = route.method().mayHaveBody() ? "{}" : null;
      for (CallerKind who : CallerKind.values()) {
        Answer a = client.send(who, route.method().name(), path, body);
        String refusal = expectedRefusal(expected, who);
        if (refusal == null) {
          if (a.status() == 401 && !a.errorCode().equals("sign_in_failed") || a.status() == 403) {
            problems.add(route.label() + " refused " + who + " (" + a.status() + " " + a.errorCode() + ") but the matrix admits it");
          }
        } else if (!a.errorCode().equals(refusal)) {
          problems.add(route.label() + " answered " + who + " with " + a.status() + " " + a.errorCode()
              + " but the matrix refuses it (" + refusal + ")");
        }
      }
    }
    return problems;
  }

  private static String expectedRefusal(Access rule, CallerKind who) {
    switch (rule.level()) {
      case ANYONE:
        return null;
      case SIGNING_IN:
        return who == CallerKind.ANONYMOUS ? "not_signed_in" : null;
      default:
        if (who == CallerKind.ANONYMOUS) {
          return "not_signed_in";
        }
        if (who == CallerKind.SIGNING_IN) {
          return "second_factor_required";
        }
        return rule.roles().contains(who.role()) ? null : "forbidden";
    }
  }

  /** Parses a rule as written by {@link Access#describe()}. */
  public static Access parse(String rule) {
    if (rule.equals("anyone")) {
      return Access.anyone();
    }
    if (rule.equals("signing-in")) {
      return Access.signingIn();
    }
    if (!rule.startsWith("roles: ")) {
      throw new IllegalArgumentException("bad rule " + rule);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : rule.substring("roles: ".length()).split(",\\s*")) {
      roles.add(Role.fromCode(code));
    }
    return new Access(Access.Level.ROLES, roles);
  }

  private static String javalinPath(String path) {
    return path;
  }

  private static String concrete(String path) {
    return path.replaceAll("\\{[A-Za-z][A-Za-z0-9_]*}", UUID.randomUUID().toString());
  }
}
