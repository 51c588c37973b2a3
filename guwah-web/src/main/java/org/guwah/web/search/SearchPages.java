package org.guwah.web.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guwah.core.validation.ValidationException;
import org.guwah.search.SearchRequest;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.pages.PageCall;
import org.guwah.web.pages.PageResult;
import org.guwah.web.pages.PageRoute;

/**
 * The search page. {@code GET /search} shows the form; the form posts to {@code POST /search}, so
 * the words searched (which may be a name) travel in the request body and never in a URL, a
 * browser's history or a proxy's log. Facet values and paging are buttons of the same form (no
 * JavaScript needed). Read roles as the workspace's.
 */
final class SearchPages {
  /** Most facet values selected at once. */
  static final int MAX_SELECTED = 50;

  private final CaseSearch search;

  private SearchPages(CaseSearch search) {
    this.search = search;
  }

  static List<PageRoute> of(CaseSearch search) {
    SearchPages p = new SearchPages(search);
    return List.of(
        PageRoute.get("page:search", "/search", SearchRoutes.READ, call -> PageResult.render("search.jte", "v", SearchView.form())),
        PageRoute.post("page:runSearch", "/search", SearchRoutes.READ, p::run));
  }

  private PageResult run(PageCall call) {
    String q = call.form("q");
    q = q == null ? "" : q;
    Set<String> tokens = new LinkedHashSet<>(call.formList("f"));
    String toggle = call.form("toggle");
    if (toggle != null && !tokens.remove(toggle)) {
      tokens.add(toggle);
    }
    if (tokens.size() > MAX_SELECTED) {
      throw ApiException.of(ErrorCode.VALIDATION_FAILED);
    }
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    for (String token : tokens) {
      int colon = token.indexOf(':');
      if (colon < 1) {
        continue;
      }
      filters.computeIfAbsent(token.substring(0, colon), k -> new LinkedHashSet<>()).add(token.substring(colon + 1));
    }
    int offset = 0;
    String o = call.form("offset");
    if (o != null) {
      try {
        offset = Integer.parseInt(o);
      } catch (NumberFormatException e) {
        offset = 0;
      }
    }
    List<String> selected = List.copyOf(tokens);
    try {
      CaseSearch.Outcome outcome = search.search(call.requireSession(), q, filters, offset, SearchRequest.DEFAULT_LIMIT);
      return PageResult.render("search.jte", "v", SearchView.of(q, filters, outcome, call.t()));
    } catch (ValidationException e) {
      return PageResult.renderWithStatus(400, "search.jte", "v",
          SearchView.message(q.length() > 1000 ? "" : q, List.of(), call.t().get("search.invalid")));
    } catch (ApiException e) {
      if (e.code() != ErrorCode.NOT_READY) {
        throw e;
      }
      return PageResult.renderWithStatus(503, "search.jte", "v", SearchView.message(q, selected, call.t().get("search.notReady")));
    }
  }
}
