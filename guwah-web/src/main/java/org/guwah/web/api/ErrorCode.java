package org.guwah.web.api;

/**
 * The closed set of {@code error.code} values the API answers with, each with its HTTP status and a
 * generic message that never carries request data.
 */
public enum ErrorCode {
  /** The body is not syntactically valid JSON (or repeats a property). */
  MALFORMED_JSON(400, "The request body is not valid JSON."),
  /** The body is not valid UTF-8. */
  INVALID_ENCODING(400, "The request body is not valid UTF-8."),
  /** The JSON is well-formed but does not fit the expected shape (type, unknown or missing field). */
  INVALID_REQUEST(400, "The request body does not match the expected shape."),
  /** A query parameter is unknown, repeated or has a bad value. */
  INVALID_QUERY(400, "A query parameter is not valid."),
  /** The values are well-typed but break a domain rule. */
  VALIDATION_FAILED(400, "Some fields are not valid."),
  /** The request is malformed at the HTTP level. */
  BAD_REQUEST(400, "The request is malformed."),
  UNAUTHORIZED(401, "Authentication is required."),
  /** No valid session: sign in first. */
  NOT_SIGNED_IN(401, "Sign in first."),
  /** Wrong login name, password or code (which one is not said). */
  SIGN_IN_FAILED(401, "The login name, password or code is not right."),
  /** The session has passed the password but not the second factor. */
  SECOND_FACTOR_REQUIRED(401, "The second factor is required."),
  FORBIDDEN(403, "This action is not allowed."),
  /** A state-changing request without the session's CSRF token, or from another origin. */
  CSRF_FAILED(403, "The request lacks a valid CSRF token or comes from another site."),
  /** The addressed resource does not exist (or the id in the path is not well-formed). */
  NOT_FOUND(404, "The resource was not found."),
  /** No route exists for this path. */
  NO_SUCH_ROUTE(404, "No such route."),
  METHOD_NOT_ALLOWED(405, "This method is not allowed on this path."),
  NOT_ACCEPTABLE(406, "The requested representation is not available."),
  CONFLICT(409, "The request conflicts with the current state of the resource."),
  GONE(410, "The resource is gone."),
  TOO_LARGE(413, "The request body is too large."),
  UNSUPPORTED_MEDIA_TYPE(415, "The request body must be application/json in UTF-8."),
  TOO_MANY_REQUESTS(429, "Too many requests."),
  /** Any other client error reported by the HTTP layer. */
  REQUEST_REJECTED(400, "The request was rejected."),
  INTERNAL_ERROR(500, "An internal error occurred."),
  /** Stored data failed its integrity check (e.g. an attachment's sealed chunks); nothing of it is sent. */
  DAMAGED(500, "The stored data is damaged and cannot be served."),
  NOT_READY(503, "The service is not ready.");

  private final int status;
  private final String defaultMessage;

  ErrorCode(int status, String defaultMessage) {
    this.status = status;
    this.defaultMessage = defaultMessage;
  }

  /** The HTTP status answered with this code. */
  public int status() {
    return status;
  }

  /** A generic message that contains no request data. */
  public String defaultMessage() {
    return defaultMessage;
  }

  /** The value of {@code error.code} on the wire, e.g. {@code malformed_json}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
