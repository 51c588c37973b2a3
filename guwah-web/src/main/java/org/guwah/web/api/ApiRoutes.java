package org.guwah.web.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The route table: the one list from which {@link ApiServer} registers the Javalin routes and
 * {@link OpenApiDocument} writes {@code /api/v1/openapi.json}. Immutable and thread-safe.
 *
 * <p>Checked on creation: no two routes share a method and path template (parameter names aside),
 * and no two share an operation id.
 */
public final class ApiRoutes {
  private final List<ApiRoute> routes;

  private ApiRoutes(List<ApiRoute> routes) {
    this.routes = List.copyOf(routes);
    Set<String> keys = new HashSet<>();
    Set<String> operationIds = new HashSet<>();
    for (ApiRoute route : this.routes) {
      String shape = route.path().replaceAll("\\{[^}]+}", "{}");
      if (!keys.add(route.method() + " " + shape)) {
        throw new IllegalArgumentException("route declared twice: " + route.label());
      }
      if (!operationIds.add(route.operationId())) {
        throw new IllegalArgumentException("operationId used twice: " + route.operationId());
      }
    }
  }

  public static ApiRoutes of(ApiRoute... routes) {
    return new ApiRoutes(List.of(routes));
  }

  public static ApiRoutes of(List<ApiRoute> routes) {
    return new ApiRoutes(routes);
  }

  /** This table followed by the routes of {@code other}. */
  public ApiRoutes plus(ApiRoutes other) {
    List<ApiRoute> all = new ArrayList<>(routes);
    all.addAll(other.routes);
    return new ApiRoutes(all);
  }

  /** The routes in declaration order. */
  public List<ApiRoute> routes() {
    return routes;
  }

  /** The route with this method and exact path template. */
  public Optional<ApiRoute> find(HttpMethod method, String pathTemplate) {
    return routes.stream().filter(r -> r.method() == method && r.path().equals(pathTemplate)).findFirst();
  }

  @Override
  public String toString() {
    return "ApiRoutes[" + routes.size() + " routes]";
  }
}
