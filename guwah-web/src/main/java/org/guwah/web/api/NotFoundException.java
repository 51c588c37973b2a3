package org.guwah.web.api;

import java.util.Map;

/**
 * Answers 404 {@code not_found}. Throw it when the addressed resource does not exist or the caller
 * may not know that it exists.
 */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** With the generic message. */
  public NotFoundException() {
    super(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.defaultMessage(), Map.of());
  }

  /**
   * @param safeMessage message for the client, e.g. "No such person."; must not contain request data
   */
  public NotFoundException(String safeMessage) {
    super(ErrorCode.NOT_FOUND, safeMessage, Map.of());
  }
}
