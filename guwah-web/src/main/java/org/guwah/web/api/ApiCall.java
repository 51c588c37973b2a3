package org.guwah.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guwah.store.accounts.Session;
import org.jspecify.annotations.Nullable;

/**
 * One request to an {@link ApiRoute}, as seen by its {@link ApiHandler}: the parsed body and typed
 * access to path and query parameters. By the time a handler sees it, every parameter and the body
 * have been checked against the route's declarations, so the accessors only convert.
 *
 * <p>Asking for a parameter the route does not declare, or with a type other than the declared one,
 * is a programming error and throws {@link IllegalStateException} (answered as 500). Not
 * thread-safe; valid only while the handler runs.
 */
public final class ApiCall {
  private final Context context;
  private final ApiRoute route;
  private final @Nullable Object body;
  private final @Nullable Session session;

  ApiCall(Context context, ApiRoute route, @Nullable Object body, @Nullable Session session) {
    this.context = context;
    this.route = route;
    this.body = body;
    this.session = session;
  }

  /** The caller's session; null only on an {@link Access#anyone()} route called without one. */
  public @Nullable Session session() {
    return session;
  }

  /**
   * The caller's session.
   *
   * @throws ApiException {@code not_signed_in} if there is none (only possible on
   *     {@link Access#anyone()} routes)
   */
  public Session requireSession() {
    if (session == null) {
      throw ApiException.of(ErrorCode.NOT_SIGNED_IN);
    }
    return session;
  }

  /** The Javalin context, for what this class does not cover (headers, attributes). */
  public Context context() {
    return context;
  }

  /** The route being answered. */
  public ApiRoute route() {
    return route;
  }

  /**
   * The request body.
   *
   * @throws IllegalStateException if the route's request body is not {@code BodyType.of(type)}
   */
  public <T> T body(Class<T> type) {
    if (!(route.requestBody() instanceof BodyType.Single) || ((BodyType.Single) route.requestBody()).type() != type) {
      throw new IllegalStateException(route.label() + " does not declare a request body of " + type.getSimpleName());
    }
    return type.cast(requireBody());
  }

  /**
   * The request body of a route declared with {@code BodyType.listOf(elementType)}.
   *
   * @throws IllegalStateException if the route declares another request body
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> bodyList(Class<T> elementType) {
    if (!(route.requestBody() instanceof BodyType.ListOf)
        || ((BodyType.ListOf) route.requestBody()).elementType() != elementType) {
      throw new IllegalStateException(route.label() + " does not declare a list body of " + elementType.getSimpleName());
    }
    return List.copyOf((List<T>) requireBody());
  }

  private Object requireBody() {
    if (body == null) {
      throw new IllegalStateException("no body was read for " + route.label());
    }
    return body;
  }

  /** The decoded value of path parameter {@code name}, already checked against its declaration. */
  public String pathParam(String name) {
    if (route.pathParam(name).isEmpty()) {
      throw new IllegalStateException(route.label() + " has no path parameter " + name);
    }
    return context.pathParam(name);
  }

  /**
   * Path parameter {@code name} as a UUID. A malformed UUID never reaches the handler: the server
   * answers 404 {@code not_found} for it, as for an id that names nothing.
   */
  public UUID pathUuid(String name) {
    requireType(route.pathParam(name), name, ParamType.UUID);
    UUID id = StrictValues.uuid(context.pathParam(name));
    if (id == null) {
      throw new NotFoundException();
    }
    return id;
  }

  /** The page size: the {@code limit} query parameter or its default (50). */
  public int limit() {
    return queryInt(ApiParam.LIMIT).orElseThrow(
        () -> new IllegalStateException(route.label() + " declares limit without default"));
  }

  /** The opaque page cursor, if given. */
  public Optional<String> cursor() {
    return queryString(ApiParam.CURSOR);
  }

  /** A text query parameter, or its default, or empty. */
  public Optional<String> queryString(String name) {
    return raw(name, ParamType.STRING);
  }

  /** An integer query parameter (declared with bounds inside the int range), or its default. */
  public Optional<Integer> queryInt(String name) {
    return raw(name, ParamType.INTEGER).map(v -> Math.toIntExact(Long.parseLong(v)));
  }

  /** An integer query parameter, or its default. */
  public Optional<Long> queryLong(String name) {
    return raw(name, ParamType.INTEGER).map(Long::parseLong);
  }

  public Optional<Boolean> queryBoolean(String name) {
    return raw(name, ParamType.BOOLEAN).map(Boolean::parseBoolean);
  }

  public Optional<UUID> queryUuid(String name) {
    return raw(name, ParamType.UUID).map(UUID::fromString);
  }

  public Optional<LocalDate> queryDate(String name) {
    return raw(name, ParamType.DATE).map(LocalDate::parse);
  }

  /** A text query parameter declared with {@link ApiParam#enumOf}, as a constant of {@code type}. */
  public <E extends Enum<E>> Optional<E> queryEnum(String name, Class<E> type) {
    return raw(name, ParamType.STRING).map(v -> Enum.valueOf(type, v));
  }

  /** Sets a response header, e.g. {@code Location} for 201 answers. */
  public ApiCall header(String name, String value) {
    context.header(name, value);
    return this;
  }

  private Optional<String> raw(String name, ParamType type) {
    ApiParam param = requireType(route.queryParam(name), name, type);
    String value = context.queryParam(name);
    return Optional.ofNullable(value != null ? value : param.defaultValue());
  }

  private ApiParam requireType(Optional<ApiParam> declared, String name, ParamType type) {
    ApiParam param = declared.orElseThrow(
        () -> new IllegalStateException(route.label() + " does not declare parameter " + name));
    if (param.type() != type) {
      throw new IllegalStateException(route.label() + " declares " + name + " as " + param.type());
    }
    return param;
  }

  @Override
  public String toString() {
    return "ApiCall[" + route.label() + "]";
  }
}
