package org.guwah.search;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Shared validation of the clear-text codes and ids the index holds. Package-private. */
final class Codes {
  /** Opaque ids: record ids, account ids. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");
  /** Coded values: facet values, consent purposes. */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
  /** Facet dimension names. */
  static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  private Codes() {}

  /**
   * A sorted immutable copy of {@code values}, each matching {@code pattern}.
   *
   * @throws IllegalArgumentException naming {@code what} (never the value) if one does not match
   */
  static Set<String> checkedSet(Collection<String> values, Pattern pattern, String what) {
    TreeSet<String> out = new TreeSet<>();
    for (String v : values) {
      if (v == null || !pattern.matcher(v).matches()) {
        throw new IllegalArgumentException(what + " has a value that is not a code matching " + pattern.pattern());
      }
      out.add(v);
    }
    return Set.copyOf(out);
  }

  /**
   * {@code value} if it matches {@code pattern}.
   *
   * @throws IllegalArgumentException naming {@code what} (never the value) if it does not
   */
  static String checked(String value, Pattern pattern, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " is not a code matching " + pattern.pattern());
    }
    return value;
  }
}
