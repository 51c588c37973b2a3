package org.guwah.web.api;

/** The body of {@code GET /health}: {@code {"status":"ok"}}. */
public record HealthStatus(@ApiDoc(description = "ok when the server is ready.") String status) {
  /** The ready status. */
  public static HealthStatus ok() {
    return new HealthStatus("ok");
  }
}
