package org.guwah.search;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page of hits with the total and the facet counts, all computed over the same visible hits
 * (query, facet filters and access filter applied).
 *
 * <p>Facet counts are exact counts of small groups; publishing them is subject to the caller's
 * disclosure control.
 *
 * @param total number of visible hits, exact
 * @param hits the requested page, best first
 * @param facets per dimension, values by descending count then value (at most {@value
 *     #MAX_FACET_VALUES} per dimension); a dimension without hits is absent
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
  /** Most values returned per facet dimension. */
  public static final int MAX_FACET_VALUES = 200;

  public SearchResult {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
    hits = List.copyOf(hits);
    TreeMap<String, List<FacetCount>> f = new TreeMap<>();
    facets.forEach((k, v) -> f.put(k, List.copyOf(v)));
    facets = Map.copyOf(f);
  }

  /** The count of {@code value} in {@code dimension}, 0 if absent. */
  public long count(String dimension, String value) {
    for (FacetCount c : facets.getOrDefault(dimension, List.of())) {
      if (c.value().equals(value)) {
        return c.count();
      }
    }
    return 0;
  }
}
