package org.guwah.store.cases.internal;

import org.jspecify.annotations.Nullable;

/**
 * A list filter on a clear column: query parameter {@code param}, SQL {@code condition} whose every
 * {@code ?} is bound to the parameter's value, of {@code type}; {@code vocabulary} names the code
 * list a TEXT value must belong to (or null for free values such as country codes).
 */
public record Filter(String param, String condition, SqlType type, @Nullable String vocabulary, String description) {
  public static Filter code(String param, String condition, String vocabulary, String description) {
    return new Filter(param, condition, SqlType.TEXT, vocabulary, description);
  }

  public static Filter country(String param, String column, String description) {
    return new Filter(param, column + " = ?", SqlType.TEXT, "country", description);
  }

  public static Filter of(String param, String condition, SqlType type, String description) {
    return new Filter(param, condition, type, null, description);
  }

  /** How many times the value is bound. */
  public int binds() {
    return (int) condition.chars().filter(c -> c == '?').count();
  }
}
