package org.guwah.web.api;

/** The body of every error response: {@code {"error": {...}}}. */
@ApiDoc(description = "Every 4xx/5xx response has this body.")
public record ErrorResponse(ApiError error) {}
