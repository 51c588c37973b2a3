package org.guwah.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown when a value fails validation. Carries one message per bad field, keyed by the field's path
 * (for example {@code names[0].value}).
 *
 * <p>Messages say what is wrong and never repeat the rejected value, which may be identity data;
 * {@link #getMessage()} lists only the field paths.
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> fieldErrors;

  public ValidationException(Map<String, String> fieldErrors) {
    super(fieldErrors.isEmpty() ? "invalid value" : "invalid fields: " + String.join(", ", fieldErrors.keySet()));
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static ValidationException of(String field, String message) {
    return new ValidationException(Map.of(field, message));
  }

  /** Field path to message, in the order the problems were found. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /** The same errors with every path put under {@code prefix} (e.g. {@code persons[3]}). */
  public ValidationException under(String prefix) {
    Map<String, String> moved = new LinkedHashMap<>();
    fieldErrors.forEach((k, v) -> moved.put(join(prefix, k), v));
    return new ValidationException(moved);
  }

  static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }
}
