package org.guwah.web.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search request (API). The query travels in the body, never in a URL: it may be a name.
 *
 * @param q the query: words (all required), {@code "phrases"}, {@code OR}, {@code -excluded}; at
 *     most 1,000 characters and 32 words; empty or absent lists every record you may find
 * @param filters facet values per dimension ({@code kind}, {@code language}, {@code verification},
 *     {@code year}, {@code country}); values of one dimension are alternatives
 * @param offset hits to skip, 0-10,000 (default 0)
 * @param limit hits to return, 1-100 (default 20)
 */
public record SearchBody(@Nullable String q, @Nullable Map<String, List<String>> filters, @Nullable Integer offset,
    @Nullable Integer limit) {
  @Override
  public String toString() {
    return "SearchBody[<redacted>]";
  }
}
