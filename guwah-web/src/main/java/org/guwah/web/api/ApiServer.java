package org.guwah.web.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson3;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP server of the API: a Javalin 7 (Jetty 12) application built from one {@link ApiRoutes}
 * table plus two built-in routes, {@code GET /health} and {@code GET /api/v1/openapi.json} (the
 * OpenAPI 3.1 document of all routes, built-ins included).
 *
 * <p>Every request to a route is first admitted by the {@link Gate} under the route's {@link Access}
 * rule (401/403 otherwise).
 *
 * <p>Behaviour of every response:
 * <ul>
 *   <li>JSON through the strict mapper of {@link ApiServerOptions#json()} (see {@link StrictJson});
 *   <li>security headers ({@code X-Content-Type-Options}, {@code Referrer-Policy},
 *       {@code X-Frame-Options}; {@code Cache-Control: no-store} on {@code /api} and
 *       {@code /health});
 *   <li>errors as {@code {"error": {"code", "message", "fields"}}} (see {@link ErrorCode}): unknown
 *       path 404 {@code no_such_route}, wrong method 405 with {@code Allow}, body problems as
 *       described in {@link ApiHandler}, {@link ApiException}s with their own code,
 *       {@code org.guwah.core.validation.ValidationException} as 400 {@code validation_failed};
 *       anything else 500 {@code internal_error} with an incident id, logged without the exception
 *       message. No response ever contains a stack trace or a submitted value.
 * </ul>
 *
 * <p>Lifecycle: {@link #create} builds (and checks the route table and its schemas, throwing
 * {@link IllegalArgumentException} on a bad one), {@link #start} listens, {@link #close} stops.
 * Thread-safe after start.
 */
public final class ApiServer implements AutoCloseable {
  /** Path of the OpenAPI document. */
  public static final String OPENAPI_PATH = "/api/v1/openapi.json";
  /** Path of the health check. */
  public static final String HEALTH_PATH = "/health";
  /** Response bytes Jetty buffers before it starts sending (chunked) instead of at once. */
  static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

  private final Javalin app;
  private final ApiRoutes routes;
  private final ObjectNode openApi;

  private ApiServer(Javalin app, ApiRoutes routes, ObjectNode openApi) {
    this.app = app;
    this.routes = routes;
    this.openApi = openApi;
  }

  /**
   * Builds a server for {@code apiRoutes}; does not listen yet.
   *
   * @throws IllegalArgumentException if a route clashes with a built-in one or names a type the
   *     OpenAPI generator cannot describe
   */
  public static ApiServer create(ApiRoutes apiRoutes, ApiServerOptions options) {
    JsonMapper mapper = options.json().mapper();
    AtomicReference<ObjectNode> document = new AtomicReference<>();
    ApiRoutes all = builtIns(options, document).plus(apiRoutes);
    ObjectNode openApi = OpenApiDocument.generate(all, options.title(), options.version(), options.json());
    document.set(openApi);
    ErrorResponses errors = new ErrorResponses(options.incidentIds());
    RouteAdapter adapter = new RouteAdapter(mapper, new BodyReader(options.json(), options.maxRequestBytes()),
        new Gate(options.authenticator()));
    Javalin app = Javalin.create(config -> configure(config, all, options, mapper, errors, adapter));
    return new ApiServer(app, all, openApi);
  }

  private static ApiRoutes builtIns(ApiServerOptions options, AtomicReference<ObjectNode> document) {
    return ApiRoutes.of(
        ApiRoute.get(HEALTH_PATH)
            .operationId("health").summary("Whether the server is ready.").tag("meta").access(Access.anyone())
            .response(HealthStatus.class)
            .handler(call -> {
              if (!options.readiness().getAsBoolean()) {
                throw ApiException.of(ErrorCode.NOT_READY);
              }
              return HealthStatus.ok();
            }),
        ApiRoute.get(OPENAPI_PATH)
            .operationId("openApi").summary("This API's OpenAPI 3.1 document.").tag("meta").access(Access.anyone())
            .response(BodyType.freeForm())
            .handler(call -> document.get()));
  }

  private static void configure(JavalinConfig config, ApiRoutes routes, ApiServerOptions options,
      JsonMapper mapper, ErrorResponses errors, RouteAdapter adapter) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jetty.host = options.bindAddress();
    config.jetty.port = options.port();
    config.http.maxRequestSize = options.maxRequestBytes();
    config.http.prefer405over404 = true;
    config.http.responseBufferSize = OUTPUT_BUFFER_BYTES;
    if (options.workerThreads() > 0) {
      QueuedThreadPool pool = new QueuedThreadPool(options.workerThreads(), Math.min(4, options.workerThreads()));
      pool.setName("guwah-http");
      config.jetty.threadPool = pool;
    }
    config.jsonMapper(new JavalinJackson3(mapper, false));
    JsonErrorHandler jettyErrors = new JsonErrorHandler(mapper);
    config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
    config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyErrors));
    config.jetty.modifyHttpConfiguration(http -> {
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      // A whole JSON page (a list of 50 persons is about 40 KB) fits the buffer, so the answer goes
      // out with Content-Length in one write instead of chunked in several.
      http.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
      http.setOutputAggregationSize(OUTPUT_BUFFER_BYTES);
    });
    config.routes.before(ctx -> SecurityHeaders.apply(ctx.path(), ctx::header));
    for (ApiRoute route : routes.routes()) {
      config.routes.addHttpHandler(route.method().handlerType(), route.path(), adapter.handler(route));
    }
    config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, errors, e, mapper));
    config.routes.exception(Exception.class, (e, ctx) -> respond(ctx, errors, e, mapper));
    config.router.javaLangErrorHandler((res, error) -> respondToError(res, errors, error, mapper));
    options.javalinConfig().accept(config);
  }

  private static void respond(Context ctx, ErrorResponses errors, Exception e, JsonMapper mapper) {
    ErrorResponses.Answer answer = errors.translate(e, routeLabel(ctx));
    SecurityHeaders.apply(ctx.path(), ctx::header);
    String allow = answer.allow();
    if (allow != null) {
      ctx.header("Allow", allow);
    }
    ctx.status(answer.status()).contentType("application/json").result(mapper.writeValueAsBytes(answer.body()));
  }

  private static void respondToError(HttpServletResponse res, ErrorResponses errors, Error error, JsonMapper mapper) {
    ErrorResponses.Answer answer = errors.translate(error, "unknown");
    if (res.isCommitted()) {
      return;
    }
    try {
      res.resetBuffer();
      res.setStatus(answer.status());
      SecurityHeaders.apply("/api", res::setHeader);
      res.setContentType("application/json");
      res.getOutputStream().write(mapper.writeValueAsBytes(answer.body()));
    } catch (java.io.IOException | RuntimeException ignored) {
      // The client will see a broken response; the error itself has been logged.
    }
  }

  private static String routeLabel(Context ctx) {
    Object label = ctx.attribute(RouteAdapter.ROUTE_ATTRIBUTE);
    return label == null ? ctx.method().name() + " (no route)" : label.toString();
  }

  /** Starts listening on the configured address and port. */
  public ApiServer start() {
    app.start();
    return this;
  }

  /** The port listened on (useful with port 0); only after {@link #start()}. */
  public int port() {
    return app.port();
  }

  /** All routes, the built-in ones first. */
  public ApiRoutes routes() {
    return routes;
  }

  /** The OpenAPI document served at {@link #OPENAPI_PATH} (a copy). */
  public ObjectNode openApi() {
    return openApi.deepCopy();
  }

  /** The underlying Javalin application, e.g. for {@code javalinServlet()} in tests. */
  public Javalin javalin() {
    return app;
  }

  /** Stops listening; idempotent. */
  @Override
  public void close() {
    app.stop();
  }

  @Override
  public String toString() {
    return "ApiServer[" + routes.routes().size() + " routes]";
  }
}
