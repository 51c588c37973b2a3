package org.guwah.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.guwah.search.query.SearchQuery;

/**
 * One search: a parsed query, facet filters (drill-down), who is reading, which text fields to
 * search, a page and which facets to count.
 *
 * <p>Facet filters: values of one dimension are alternatives, dimensions are all required
 * ({@code tactic ∈ {A,B} and country = CN}); the dimension {@value SearchDocument#KIND_DIMENSION}
 * filters by record kind. Paging: {@code offset} at most {@value #MAX_OFFSET}; {@code limit} is
 * capped at {@value #MAX_LIMIT} (a larger value is lowered to it); 0 returns only the total and
 * facet counts. {@link #toString()} redacts the query.
 *
 * @param query the parsed query
 * @param filters coded values per facet dimension, all dimensions required
 * @param access who is reading
 * @param fields text fields the query searches (not empty)
 * @param offset hits to skip
 * @param limit hits to return, 0–{@value #MAX_LIMIT}
 * @param facets which dimensions to count
 */
public record SearchRequest(
    SearchQuery query,
    Map<String, Set<String>> filters,
    AccessFilter access,
    Set<SearchField> fields,
    int offset,
    int limit,
    FacetSelection facets) {
  /** Largest page. */
  public static final int MAX_LIMIT = 100;
  /** Deepest page start. */
  public static final int MAX_OFFSET = 10_000;
  /** Default page size. */
  public static final int DEFAULT_LIMIT = 20;

  /**
   * @throws IllegalArgumentException if offset is negative or above {@value #MAX_OFFSET}, limit is
   *     negative, fields are empty, or a filter dimension or value is not a code
   */
  public SearchRequest {
    java.util.Objects.requireNonNull(query, "query");
    java.util.Objects.requireNonNull(access, "access");
    java.util.Objects.requireNonNull(facets, "facets");
    TreeMap<String, Set<String>> f = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : filters.entrySet()) {
      String dim = Codes.checked(e.getKey(), Codes.DIMENSION, "filter dimension");
      Set<String> values = Codes.checkedSet(e.getValue(), Codes.CODE, "filter '" + dim + "'");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("filter '" + dim + "' has no values");
      }
      f.put(dim, values);
    }
    filters = Map.copyOf(f);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must name at least one text field");
    }
    fields = Set.copyOf(fields);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    limit = Math.min(limit, MAX_LIMIT);
  }

  /** A builder for a search by the reader described by {@code access}. */
  public static Builder builder(AccessFilter access) {
    return new Builder(access);
  }

  @Override
  public String toString() {
    return "SearchRequest[query=" + query + ", filters=" + new TreeMap<>(filters) + ", access=" + access
        + ", fields=" + fields + ", offset=" + offset + ", limit=" + limit + ", facets=" + facets + "]";
  }

  /** Collects a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private final AccessFilter access;
    private SearchQuery query = SearchQuery.empty();
    private final TreeMap<String, Set<String>> filters = new TreeMap<>();
    private Set<SearchField> fields = EnumSet.allOf(SearchField.class);
    private int offset;
    private int limit = DEFAULT_LIMIT;
    private FacetSelection facets = FacetSelection.all();

    private Builder(AccessFilter access) {
      this.access = access;
    }

    /**
     * Parses and sets the query text.
     *
     * @throws org.guwah.search.query.InvalidQueryException if it breaks a limit of {@link
     *     SearchQuery#parse}
     */
    public Builder query(String text) {
      this.query = SearchQuery.parse(text);
      return this;
    }

    /** Sets an already parsed query. */
    public Builder query(SearchQuery parsed) {
      this.query = parsed;
      return this;
    }

    /** Requires {@code dimension} to have one of {@code values}. */
    public Builder filter(String dimension, String... values) {
      return filter(dimension, Arrays.asList(values));
    }

    /** Requires {@code dimension} to have one of {@code values}. */
    public Builder filter(String dimension, Collection<String> values) {
      filters.computeIfAbsent(dimension, k -> new LinkedHashSet<>()).addAll(values);
      return this;
    }

    /** Searches only these text fields (default: all). */
    public Builder fields(SearchField first, SearchField... more) {
      this.fields = EnumSet.of(first, more);
      return this;
    }

    /** Sets the page (default 0, {@value SearchRequest#DEFAULT_LIMIT}). */
    public Builder page(int offset, int limit) {
      this.offset = offset;
      this.limit = limit;
      return this;
    }

    /** Sets which facets to count (default: all). */
    public Builder facets(FacetSelection selection) {
      this.facets = selection;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException as {@link SearchRequest#SearchRequest}
     */
    public SearchRequest build() {
      Map<String, Set<String>> f = new TreeMap<>();
      filters.forEach((k, v) -> f.put(k, Set.copyOf(v)));
      return new SearchRequest(query, f, access, fields, offset, limit, facets);
    }
  }
}
