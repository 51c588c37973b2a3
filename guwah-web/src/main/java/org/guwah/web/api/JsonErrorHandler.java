package org.guwah.web.api;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jetty's error handler for failures that happen before a request reaches Javalin (a malformed
 * request line, an undecodable or ambiguous URI, oversized headers): answers with the same JSON
 * envelope and security headers as the API, never Jetty's HTML page, message or stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final JsonMapper mapper;

  JsonErrorHandler(JsonMapper mapper) {
    this.mapper = mapper;
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, @Nullable String message,
      @Nullable Throwable cause, Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    SecurityHeaders.apply("/api", headers::put);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  private byte[] body(int status) {
    ErrorCode code = status == 404 ? ErrorCode.NO_SUCH_ROUTE : ErrorResponses.byStatus(status);
    return mapper.writeValueAsBytes(new ErrorResponse(ApiError.of(code)));
  }
}
