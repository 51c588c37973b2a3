package org.guwah.search;

import java.util.Collection;
import java.util.Set;

/**
 * Which facet dimensions a search counts: all dimensions present in the index, none, or the named
 * ones.
 *
 * @param everything whether to count every dimension present (then {@code dimensions} is empty)
 * @param dimensions the dimensions to count when not {@code everything}
 */
public record FacetSelection(boolean everything, Set<String> dimensions) {
  private static final FacetSelection ALL = new FacetSelection(true, Set.of());
  private static final FacetSelection NONE = new FacetSelection(false, Set.of());

  /**
   * @throws IllegalArgumentException if {@code everything} and dimensions are given, or a dimension is
   *     not a code
   */
  public FacetSelection {
    dimensions = Codes.checkedSet(dimensions, Codes.DIMENSION, "facet dimensions");
    if (everything && !dimensions.isEmpty()) {
      throw new IllegalArgumentException("facet selection: 'everything' takes no dimensions");
    }
  }

  /** Every dimension present in the index. */
  public static FacetSelection all() {
    return ALL;
  }

  /** No facet counts. */
  public static FacetSelection none() {
    return NONE;
  }

  /** The named dimensions. */
  public static FacetSelection of(Collection<String> dimensions) {
    return new FacetSelection(false, Set.copyOf(dimensions));
  }
}
