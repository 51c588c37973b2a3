package org.guwah.web.api;

import org.jspecify.annotations.Nullable;

/**
 * Answers one API route. The request has been checked before it runs: query and path parameters
 * against their declarations, the body against its record type.
 *
 * <p>The returned value is the response body, written as JSON with the route's success status; it
 * must fit the route's declared response {@link BodyType} ({@code null} for {@link BodyType#none()}),
 * otherwise the server answers 500. Any exception becomes a JSON error response (see
 * {@link ApiServer}).
 */
@FunctionalInterface
public interface ApiHandler {
  @Nullable Object handle(ApiCall call) throws Exception;
}
