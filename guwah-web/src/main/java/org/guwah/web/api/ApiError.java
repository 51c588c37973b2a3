package org.guwah.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code error} object of an error response.
 *
 * @param code a value of {@link ErrorCode#wireName()}
 * @param message a generic, human-readable message; never contains submitted values
 * @param fields JSON path (or query parameter name) to what is wrong with it; may be empty
 * @param incidentId opaque id of a logged internal error, only for {@code internal_error}
 */
public record ApiError(
    @ApiDoc(description = "Machine-readable error code, e.g. invalid_request.") String code,
    @ApiDoc(description = "Generic human-readable message. Never repeats submitted values.") String message,
    @ApiDoc(description = "Path of each bad field or query parameter (e.g. names[0].script) to what is wrong with it.")
        Map<String, String> fields,
    @ApiDoc(description = "Opaque id under which an internal error was logged.") @Nullable String incidentId) {

  public ApiError {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An error with the default message of {@code code} and no fields. */
  public static ApiError of(ErrorCode code) {
    return new ApiError(code.wireName(), code.defaultMessage(), Map.of(), null);
  }

  /** An error with the default message of {@code code} and the given field problems. */
  public static ApiError of(ErrorCode code, Map<String, String> fields) {
    return new ApiError(code.wireName(), code.defaultMessage(), fields, null);
  }

  /** The same error with another message (which must not contain request data). */
  public ApiError withMessage(String safeMessage) {
    return new ApiError(code, safeMessage, fields, incidentId);
  }
}
