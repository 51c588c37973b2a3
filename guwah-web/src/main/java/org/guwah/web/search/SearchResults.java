package org.guwah.web.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results: only records the caller may find, each confirmed by the store under the
 * caller's access; the total and facet counts cover the same records.
 *
 * @param total records found
 * @param offset hits skipped
 * @param limit page size asked for
 * @param hits this page, best match first
 * @param facets counts per facet dimension and value
 */
public record SearchResults(long total, int offset, int limit, List<Hit> hits, Map<String, List<FacetValue>> facets) {
  /**
   * One record found.
   *
   * @param id the record
   * @param kind {@code testimony}, {@code source} or {@code person}
   * @param full whether you read it in full (else title and snippet are absent)
   * @param date when a source was received (fuzzy date), if known
   * @param personId the person whose case page shows it, if you may see that person
   * @param title a source's title or a person's first name (read in full only)
   * @param snippet an excerpt of the testimony or notes around the first query word (read in full only)
   */
  public record Hit(UUID id, String kind, boolean full, @Nullable String date, @Nullable UUID personId,
      @Nullable String title, @Nullable String snippet) {
    @Override
    public String toString() {
      return "Hit[" + id + ", " + kind + "]";
    }
  }

  /** A facet value and how many records found carry it. */
  public record FacetValue(String value, long count) {}
}
