package org.guwah.web.api;

/** The value type of a query or path parameter. */
public enum ParamType {
  /** Text; see {@link ApiParam#maxLength()} and {@link ApiParam#pattern()}. */
  STRING,
  /** A decimal integer without sign prefix {@code +} or spaces, within the parameter's bounds. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A UUID in canonical 8-4-4-4-12 hex form. */
  UUID,
  /** An ISO-8601 calendar date, {@code YYYY-MM-DD}. */
  DATE
}
