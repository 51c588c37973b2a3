package org.guwah.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the route table: everything needed to register the route with Javalin and to describe
 * it in the OpenAPI document. Build it with {@link #get(String)}, {@link #post(String)} etc.:
 *
 * <pre>{@code
 * ApiRoute.get("/api/v1/persons/{id}")
 *     .operationId("getPerson").summary("One person").tag("persons")
 *     .access(Access.roles(Role.DOCUMENTER, Role.ANALYST))
 *     .response(PersonView.class)
 *     .handler(call -> persons.find(call.pathUuid("id")).orElseThrow(NotFoundException::new));
 * }</pre>
 *
 * @param method the HTTP method
 * @param path the path template: literal segments {@code [a-z0-9._-]+} and whole-segment parameters
 *     {@code {name}}, e.g. {@code /api/v1/persons/{id}}
 * @param operationId unique OpenAPI operation id, {@code [a-z][A-Za-z0-9]*}
 * @param summary one-line description
 * @param tag OpenAPI tag grouping the route (e.g. {@code persons})
 * @param access who may call it (required: a route without a rule cannot be built)
 * @param requestBody the request body type; {@link BodyType#none()} for methods without body
 * @param response the response body type
 * @param queryParams the accepted query parameters; any other is rejected
 * @param pathParams one per {@code {name}} in the path, in path order
 * @param successStatus the status of a successful answer (2xx)
 * @param handler the code answering the route
 */
public record ApiRoute(
    HttpMethod method,
    String path,
    String operationId,
    String summary,
    String tag,
    Access access,
    BodyType requestBody,
    BodyType response,
    List<ApiParam> queryParams,
    List<ApiParam> pathParams,
    int successStatus,
    ApiHandler handler) {

  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9._-]+|\\{([A-Za-z][A-Za-z0-9_]*)}");
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");

  public ApiRoute {
    queryParams = List.copyOf(queryParams);
    pathParams = List.copyOf(pathParams);
    List<String> names = pathParameterNames(path);
    List<String> declared = new ArrayList<>();
    pathParams.forEach(p -> declared.add(p.name()));
    if (!names.equals(declared)) {
      throw new IllegalArgumentException("path parameters " + declared + " do not match " + path);
    }
    if (!OPERATION_ID.matcher(operationId).matches()) {
      throw new IllegalArgumentException("bad operationId for " + method + " " + path);
    }
    java.util.Objects.requireNonNull(access, "access");
    if (summary.isBlank() || tag.isBlank()) {
      throw new IllegalArgumentException("summary and tag are required for " + method + " " + path);
    }
    if (!requestBody.isNone() && !method.mayHaveBody()) {
      throw new IllegalArgumentException(method + " routes take no request body: " + path);
    }
    if (successStatus < 200 || successStatus > 299) {
      throw new IllegalArgumentException("success status must be 2xx: " + path);
    }
    if (successStatus == 204 && !response.isNone()) {
      throw new IllegalArgumentException("204 responses have no body: " + path);
    }
    Set<String> queryNames = new LinkedHashSet<>();
    for (ApiParam p : queryParams) {
      if (!queryNames.add(p.name())) {
        throw new IllegalArgumentException("query parameter declared twice: " + p.name());
      }
    }
  }

  /** The names of the {@code {name}} segments of {@code path}, in order; checks the path syntax. */
  public static List<String> pathParameterNames(String path) {
    if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
      throw new IllegalArgumentException("path must start with / and not end with /: " + path);
    }
    List<String> names = new ArrayList<>();
    for (String segment : path.substring(1).split("/", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new IllegalArgumentException("bad path segment in " + path);
      }
      if (m.group(1) != null) {
        if (names.contains(m.group(1))) {
          throw new IllegalArgumentException("path parameter repeated in " + path);
        }
        names.add(m.group(1));
      }
    }
    return List.copyOf(names);
  }

  /** The query parameter named {@code name}, if declared. */
  public java.util.Optional<ApiParam> queryParam(String name) {
    return queryParams.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The path parameter named {@code name}, if declared. */
  public java.util.Optional<ApiParam> pathParam(String name) {
    return pathParams.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** A short label for logs and messages, e.g. {@code GET /api/v1/persons/{id}}. */
  public String label() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return "ApiRoute[" + label() + " " + operationId + "]";
  }

  public static Builder get(String path) {
    return new Builder(HttpMethod.GET, path);
  }

  public static Builder post(String path) {
    return new Builder(HttpMethod.POST, path);
  }

  public static Builder put(String path) {
    return new Builder(HttpMethod.PUT, path);
  }

  public static Builder patch(String path) {
    return new Builder(HttpMethod.PATCH, path);
  }

  public static Builder delete(String path) {
    return new Builder(HttpMethod.DELETE, path);
  }

  public static Builder route(HttpMethod method, String path) {
    return new Builder(method, path);
  }

  /**
   * Builds an {@link ApiRoute}; {@link #handler(ApiHandler)} finishes it. Defaults: no request body,
   * no response body, no query parameters, every path parameter a UUID, success status 200 (201 for
   * POST with a response body, 204 without a response body). A {@link BodyType#pageOf paged}
   * response adds the standard {@code limit} and {@code cursor} query parameters unless declared.
   * Not thread-safe.
   */
  public static final class Builder {
    private final HttpMethod method;
    private final String path;
    private String operationId = "";
    private String summary = "";
    private String tag = "";
    private @Nullable Access access;
    private BodyType requestBody = BodyType.none();
    private BodyType response = BodyType.none();
    private final Map<String, ApiParam> queryParams = new LinkedHashMap<>();
    private final Map<String, ApiParam> pathParams = new LinkedHashMap<>();
    private @Nullable Integer successStatus;

    private Builder(HttpMethod method, String path) {
      this.method = method;
      this.path = path;
      for (String name : pathParameterNames(path)) {
        pathParams.put(name, ApiParam.uuid(name, "Identifier."));
      }
    }

    public Builder operationId(String value) {
      this.operationId = value;
      return this;
    }

    public Builder summary(String value) {
      this.summary = value;
      return this;
    }

    public Builder tag(String value) {
      this.tag = value;
      return this;
    }

    /** Who may call the route; required. */
    public Builder access(Access rule) {
      this.access = rule;
      return this;
    }

    /** The request body: one {@code type} (a record). */
    public Builder requestBody(Class<?> type) {
      return requestBody(BodyType.of(type));
    }

    public Builder requestBody(BodyType type) {
      this.requestBody = type;
      return this;
    }

    /** The response body: one {@code type} (a record). */
    public Builder response(Class<?> type) {
      return response(BodyType.of(type));
    }

    public Builder response(BodyType type) {
      this.response = type;
      return this;
    }

    /** The response body: a JSON array of {@code elementType}. */
    public Builder responseList(Class<?> elementType) {
      return response(BodyType.listOf(elementType));
    }

    /** The response body: a {@link Page} of {@code elementType}; adds {@code limit} and {@code cursor}. */
    public Builder responsePage(Class<?> elementType) {
      return response(BodyType.pageOf(elementType));
    }

    public Builder queryParam(ApiParam param) {
      if (queryParams.putIfAbsent(param.name(), param) != null) {
        throw new IllegalArgumentException("query parameter declared twice: " + param.name());
      }
      return this;
    }

    /** Replaces the default (UUID) declaration of the path parameter of the same name. */
    public Builder pathParam(ApiParam param) {
      if (!pathParams.containsKey(param.name())) {
        throw new IllegalArgumentException("no {" + param.name() + "} in " + path);
      }
      pathParams.put(param.name(), param);
      return this;
    }

    public Builder status(int status) {
      this.successStatus = status;
      return this;
    }

    /**
     * Finishes the route with its handler.
     *
     * @throws IllegalStateException if no {@link #access} rule was given
     */
    public ApiRoute handler(ApiHandler handler) {
      if (access == null) {
        throw new IllegalStateException("no access rule for " + method + " " + path);
      }
      Map<String, ApiParam> query = new LinkedHashMap<>(queryParams);
      if (response instanceof BodyType.PageOf) {
        query.putIfAbsent(ApiParam.LIMIT, ApiParam.limit());
        query.putIfAbsent(ApiParam.CURSOR, ApiParam.cursor());
      }
      int status = successStatus != null ? successStatus
          : response.isNone() ? 204
          : method == HttpMethod.POST ? 201 : 200;
      return new ApiRoute(method, path, operationId, summary, tag, access, requestBody, response,
          new ArrayList<>(query.values()), new ArrayList<>(pathParams.values()), status, handler);
    }
  }
}
