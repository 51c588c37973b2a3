package org.guwah.web.api;

import io.javalin.http.HandlerType;
import java.util.Locale;

/** The HTTP methods an {@link ApiRoute} can answer. */
public enum HttpMethod {
  GET(false),
  POST(true),
  PUT(true),
  PATCH(true),
  DELETE(false);

  private final boolean mayHaveBody;

  HttpMethod(boolean mayHaveBody) {
    this.mayHaveBody = mayHaveBody;
  }

  /** Whether a route with this method may declare a request body. */
  public boolean mayHaveBody() {
    return mayHaveBody;
  }

  /** Whether requests with this method change state (everything but GET). */
  public boolean changesState() {
    return this != GET;
  }

  /** Lower-case name, as used for OpenAPI operations. */
  public String openApiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public HandlerType handlerType() {
    return HandlerType.findOrCreate(name());
  }
}
