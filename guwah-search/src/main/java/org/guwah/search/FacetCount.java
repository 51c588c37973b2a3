package org.guwah.search;

/**
 * How many hits carry a facet value.
 *
 * @param value the coded value
 * @param count number of visible hits with that value, at least 1
 */
public record FacetCount(String value, long count) {
  public FacetCount {
    java.util.Objects.requireNonNull(value, "value");
    if (count < 1) {
      throw new IllegalArgumentException("facet count must be at least 1");
    }
  }
}
