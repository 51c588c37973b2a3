package org.guwah.store.cases;

import java.util.List;
import java.util.Map;
import org.guwah.core.people.Person;

/**
 * One page of the case list: persons as the reader sees them, whether more follow, and for every
 * facet the number of matching persons per value (counted under the other facets' selections, the
 * usual drill-down convention), most frequent first.
 */
public record CaseList(Slice<Shown<Person>> page, Map<CaseFacet, List<FacetCount>> facets) {
  public CaseList {
    facets = Map.copyOf(facets);
  }

  /** A value of a facet and how many persons have it. */
  public record FacetCount(String value, long count) {}
}
