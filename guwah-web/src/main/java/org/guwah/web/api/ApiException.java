package org.guwah.web.api;

import java.util.Map;

/**
 * An exception that becomes a specific JSON error response. Its message is sent to the client, so
 * it must never contain identity data or submitted values; the server never logs it.
 *
 * <p>Handlers usually throw the subclasses {@link NotFoundException} and {@link ConflictException},
 * or {@code org.guwah.core.validation.ValidationException} for field problems.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;
  private final Map<String, String> fields;

  /**
   * @param code the error code (and so the HTTP status)
   * @param safeMessage message for the client; must not contain request data
   * @param fields path to problem; messages must not contain request data
   */
  public ApiException(ErrorCode code, String safeMessage, Map<String, String> fields) {
    super(safeMessage, null, false, false);
    this.code = code;
    this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  /** An exception with the default message of {@code code}. */
  public static ApiException of(ErrorCode code) {
    return new ApiException(code, code.defaultMessage(), Map.of());
  }

  /** An exception with the default message of {@code code} and field problems. */
  public static ApiException of(ErrorCode code, Map<String, String> fields) {
    return new ApiException(code, code.defaultMessage(), fields);
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, String> fields() {
    return fields;
  }

  /** The error object this exception answers with. */
  public ApiError toError() {
    return new ApiError(code.wireName(), getMessage(), fields, null);
  }
}
