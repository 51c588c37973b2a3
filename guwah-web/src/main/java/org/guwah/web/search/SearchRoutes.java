package org.guwah.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guwah.core.validation.ValidationException;
import org.guwah.search.FacetCount;
import org.guwah.search.SearchRequest;
import org.guwah.store.accounts.Role;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiCall;
import org.guwah.web.api.ApiRoute;

/** {@code POST /api/v1/search}: full-text search over testimonies and persons (ADR 0014). */
final class SearchRoutes {
  /** Who may search: who reads case records (what each finds is decided per record). */
  static final Access READ = Access.roles(Role.DOCUMENTER, Role.ANALYST, Role.PUBLISHER, Role.PARTNER);
  /** Most values of one facet filter. */
  static final int MAX_FILTER_VALUES = 50;

  private SearchRoutes() {}

  static List<ApiRoute> of(CaseSearch search) {
    return List.of(ApiRoute.post("/api/v1/search").operationId("search").tag("search").access(READ)
        .summary("Full-text search of testimonies and persons you may find (query in the body); 503 while the index is rebuilt")
        .requestBody(SearchBody.class).response(SearchResults.class).status(200)
        .handler(call -> search(call, search)));
  }

  private static SearchResults search(ApiCall call, CaseSearch search) {
    SearchBody body = call.body(SearchBody.class);
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    if (body.filters() != null) {
      for (Map.Entry<String, List<String>> e : body.filters().entrySet()) {
        if (e.getValue() == null || e.getValue().isEmpty() || e.getValue().size() > MAX_FILTER_VALUES) {
          throw ValidationException.of("filters", "each facet takes 1 to " + MAX_FILTER_VALUES + " values");
        }
        filters.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
      }
    }
    CaseSearch.Outcome o = search.search(call.requireSession(), body.q() == null ? "" : body.q(), filters,
        body.offset() == null ? 0 : body.offset(), body.limit() == null ? SearchRequest.DEFAULT_LIMIT : body.limit());
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (CaseSearch.Found f : o.hits()) {
      hits.add(new SearchResults.Hit(f.id(), f.kind().code(), f.full(), f.date(), f.personId(), f.title(),
          f.snippet() == null ? null : f.snippet().text()));
    }
    Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetCount>> e : o.facets().entrySet()) {
      facets.put(e.getKey(), e.getValue().stream().map(c -> new SearchResults.FacetValue(c.value(), c.count())).toList());
    }
    return new SearchResults(o.total(), o.offset(), o.limit(), hits, facets);
  }
}
