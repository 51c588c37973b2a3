package org.guwah.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guwah.store.accounts.Session;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an {@link ApiRoute} into a Javalin handler that admits the request through the {@link Gate}
 * (401/403 before anything else is looked at), checks path parameters (404 when malformed),
 * query parameters (400 {@code invalid_query}) and the body before calling the route's handler, then
 * writes the returned value as JSON with the route's success status.
 */
final class RouteAdapter {
  /** Context attribute holding the matched route's label, for error logs. */
  static final String ROUTE_ATTRIBUTE = "guwah.api.route";

  private final JsonMapper mapper;
  private final BodyReader bodies;
  private final Gate gate;

  RouteAdapter(JsonMapper mapper, BodyReader bodies, Gate gate) {
    this.mapper = mapper;
    this.bodies = bodies;
    this.gate = gate;
  }

  Handler handler(ApiRoute route) {
    return ctx -> {
      ctx.attribute(ROUTE_ATTRIBUTE, route.label());
      Session session = gate.admit(route, ctx);
      checkPathParams(route, ctx);
      checkQueryParams(route, ctx);
      Object body = route.requestBody().isNone() || route.requestBody() instanceof BodyType.Multipart
          ? null // a multipart body is streamed by the handler itself
          : bodies.read(ctx, route.requestBody());
      Object result = route.handler().handle(new ApiCall(ctx, route, body, session));
      if (route.response() instanceof BodyType.Binary) {
        if (result != null) {
          throw new IllegalStateException("handler of " + route.label() + " writes its answer itself and returns null");
        }
        return; // the handler wrote status, headers and bytes
      }
      if (!route.response().accepts(result)) {
        throw new IllegalStateException("handler of " + route.label() + " returned a value that does not fit "
            + "its declared response type");
      }
      ctx.status(route.successStatus());
      if (result != null) {
        ctx.contentType("application/json").result(mapper.writeValueAsBytes(result));
      }
    };
  }

  private static void checkPathParams(ApiRoute route, Context ctx) {
    for (ApiParam p : route.pathParams()) {
      if (p.problemWith(ctx.pathParam(p.name())) != null) {
        throw new NotFoundException();
      }
    }
  }

  private static void checkQueryParams(ApiRoute route, Context ctx) {
    Map<String, List<String>> given;
    try {
      given = ctx.queryParamMap();
    } catch (RuntimeException e) {
      throw new ApiException(ErrorCode.INVALID_QUERY, "The query string is not correctly encoded.", Map.of());
    }
    Map<String, String> problems = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      String name = e.getKey();
      ApiParam param = route.queryParam(name).orElse(null);
      String shownName = JsonPaths.unknownProperty("", name);
      if (param == null) {
        problems.put(shownName, "is not a known query parameter");
      } else if (e.getValue().size() != 1) {
        problems.put(name, "must be given once");
      } else {
        String problem = param.problemWith(e.getValue().get(0));
        if (problem != null) {
          problems.put(name, problem);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.of(ErrorCode.INVALID_QUERY, problems);
    }
  }
}
