package org.guwah.web.api;

import java.util.Map;

/**
 * Answers 409 {@code conflict}: the request is valid but clashes with the current state (a stale
 * version, a duplicate key).
 */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param safeMessage message for the client; must not contain request data
   */
  public ConflictException(String safeMessage) {
    super(ErrorCode.CONFLICT, safeMessage, Map.of());
  }

  /**
   * @param safeMessage message for the client; must not contain request data
   * @param fields path of each conflicting field to why; must not contain request data
   */
  public ConflictException(String safeMessage, Map<String, String> fields) {
    super(ErrorCode.CONFLICT, safeMessage, fields);
  }
}
