package org.guwah.web.api;

import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.guwah.core.validation.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any throwable into the status and JSON body of an error response. Exception messages are
 * never copied into a response or a log line: only {@link ApiException}s (whose messages are safe
 * by contract) and field messages of a {@link ValidationException} (which by contract never repeat
 * values) reach the client. Anything unexpected answers 500 {@code internal_error} with a fresh
 * incident id, and is logged at ERROR with that id, the route template, the exception classes and
 * stack frames — without messages. Thread-safe.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  /** What to answer. */
  record Answer(int status, ErrorResponse body, @Nullable String allow) {}

  private final Supplier<UUID> incidentIds;

  ErrorResponses(Supplier<UUID> incidentIds) {
    this.incidentIds = incidentIds;
  }

  Answer translate(Throwable t, String routeLabel) {
    if (t instanceof ApiException) {
      ApiException e = (ApiException) t;
      if (e.code() == ErrorCode.INTERNAL_ERROR) {
        return internal(t, routeLabel, e.code());
      }
      return answer(e.code().status(), e.toError());
    }
    if (t instanceof ValidationException) {
      return answer(400, ApiError.of(ErrorCode.VALIDATION_FAILED, ((ValidationException) t).fieldErrors()));
    }
    if (t instanceof HttpResponseException) {
      return fromHttp((HttpResponseException) t, routeLabel);
    }
    return internal(t, routeLabel, ErrorCode.INTERNAL_ERROR);
  }

  private Answer fromHttp(HttpResponseException e, String routeLabel) {
    if (e instanceof EndpointNotFound) {
      return answer(404, ApiError.of(ErrorCode.NO_SUCH_ROUTE));
    }
    if (e instanceof MethodNotAllowedResponse) {
      String allow = e.getDetails().get("availableMethods");
      if (allow == null) {
        allow = e.getDetails().get("Available methods");
      }
      return new Answer(405, new ErrorResponse(ApiError.of(ErrorCode.METHOD_NOT_ALLOWED)), allow);
    }
    int status = e.getStatus();
    ErrorCode code = byStatus(status);
    if (status >= 500 && code != ErrorCode.NOT_READY) {
      return internal(e, routeLabel, ErrorCode.INTERNAL_ERROR);
    }
    if (status < 400 || status > 599) {
      return internal(e, routeLabel, ErrorCode.INTERNAL_ERROR);
    }
    return answer(status, ApiError.of(code));
  }

  /** The error code for a status reported by the HTTP layer (Javalin or Jetty). */
  static ErrorCode byStatus(int status) {
    for (ErrorCode code : ErrorCode.values()) {
      if (code.status() == status && code != ErrorCode.NO_SUCH_ROUTE && code != ErrorCode.REQUEST_REJECTED
          && code.status() != 400) {
        return code;
      }
    }
    if (status == 400) {
      return ErrorCode.BAD_REQUEST;
    }
    return status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.REQUEST_REJECTED;
  }

  private Answer internal(Throwable t, String routeLabel, ErrorCode code) {
    String incident = incidentIds.get().toString();
    LOG.error("internal error, incident {}, route {}, exception {}\n{}",
        incident, routeLabel, t.getClass().getName(), StackTraces.withoutMessages(t));
    ApiError error = new ApiError(code.wireName(),
        code.defaultMessage() + " Quote incident " + incident + " when reporting it.", Map.of(), incident);
    return answer(code.status(), error);
  }

  private static Answer answer(int status, ApiError error) {
    return new Answer(status, new ErrorResponse(error), null);
  }
}
