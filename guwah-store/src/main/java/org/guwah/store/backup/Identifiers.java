package org.guwah.store.backup;

/** SQL identifiers quoted for statements built from catalog names. */
final class Identifiers {
  private Identifiers() {}

  /** {@code name} as a quoted identifier ({@code "a""b"} for {@code a"b}). */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code schema.name}, both quoted. */
  static String qualified(String schema, String name) {
    return quote(schema) + '.' + quote(name);
  }
}
