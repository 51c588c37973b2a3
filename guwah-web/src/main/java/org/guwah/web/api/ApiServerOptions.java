package org.guwah.web.api;

import io.javalin.config.JavalinConfig;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Settings of an {@link ApiServer}. Start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param bindAddress the address to listen on; default {@code 127.0.0.1} (loopback only)
 * @param port the TCP port; 0 picks a free one; default 8080
 * @param maxRequestBytes largest accepted request body, buffered in memory; default 16 MiB, at most
 *     1 GiB; a larger body answers 413 {@code too_large} (at once when Content-Length says so)
 * @param title OpenAPI {@code info.title}
 * @param version OpenAPI {@code info.version}
 * @param readiness whether {@code GET /health} answers 200 (else 503 {@code not_ready}); default
 *     always ready
 * @param incidentIds source of the ids given to internal errors; default random UUIDs
 * @param json the JSON mapper configuration (modules, string types); default {@link ApiJson#standard()}
 * @param javalinConfig extra Javalin configuration (pages, static files), applied after the API's
 *     own; default none
 * @param authenticator finds the session of a request for the {@link Gate}; default
 *     {@link Authenticator#none()} (only {@link Access#anyone()} routes answer)
 * @param workerThreads size of Jetty's thread pool (selector and acceptor threads included); 0
 *     keeps Javalin's default. A small pool on a small machine keeps latency even under load
 */
public record ApiServerOptions(
    String bindAddress,
    int port,
    long maxRequestBytes,
    String title,
    String version,
    BooleanSupplier readiness,
    Supplier<UUID> incidentIds,
    ApiJson json,
    Consumer<JavalinConfig> javalinConfig,
    Authenticator authenticator,
    int workerThreads) {

  /** 16 MiB. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_PORT = 8080;
  /** Bodies are buffered in memory, so the limit itself is capped at 1 GiB. */
  public static final long MAX_REQUEST_BYTES_LIMIT = 1L << 30;

  public ApiServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range");
    }
    if (maxRequestBytes < 1 || maxRequestBytes > MAX_REQUEST_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxRequestBytes must be between 1 and 1 GiB");
    }
    if (workerThreads != 0 && (workerThreads < 4 || workerThreads > 1000)) {
      throw new IllegalArgumentException("workerThreads must be 0 or between 4 and 1000");
    }
    if (bindAddress.isBlank()) {
      throw new IllegalArgumentException("bindAddress is blank");
    }
  }

  public static ApiServerOptions defaults() {
    return new ApiServerOptions("127.0.0.1", DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, "Guwah API", "v1",
        () -> true, UUID::randomUUID, ApiJson.standard(), config -> { }, Authenticator.none(), 0);
  }

  public ApiServerOptions withBindAddress(String value) {
    return new ApiServerOptions(value, port, maxRequestBytes, title, version, readiness, incidentIds, json, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withPort(int value) {
    return new ApiServerOptions(bindAddress, value, maxRequestBytes, title, version, readiness, incidentIds, json, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withMaxRequestBytes(long value) {
    return new ApiServerOptions(bindAddress, port, value, title, version, readiness, incidentIds, json, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withInfo(String newTitle, String newVersion) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, newTitle, newVersion, readiness, incidentIds, json, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withReadiness(BooleanSupplier value) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, title, version, value, incidentIds, json, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withIncidentIds(Supplier<UUID> value) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, title, version, readiness, value, json, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withJson(ApiJson value) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, title, version, readiness, incidentIds, value, javalinConfig, authenticator, workerThreads);
  }

  public ApiServerOptions withJavalinConfig(Consumer<JavalinConfig> value) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, title, version, readiness, incidentIds, json, value, authenticator, workerThreads);
  }

  public ApiServerOptions withAuthenticator(Authenticator value) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, title, version, readiness, incidentIds, json,
        javalinConfig, value, workerThreads);
  }

  public ApiServerOptions withWorkerThreads(int value) {
    return new ApiServerOptions(bindAddress, port, maxRequestBytes, title, version, readiness, incidentIds, json,
        javalinConfig, authenticator, value);
  }
}
