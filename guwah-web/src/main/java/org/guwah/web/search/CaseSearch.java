package org.guwah.web.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.people.Person;
import org.guwah.core.sources.Source;
import org.guwah.core.validation.ValidationException;
import org.guwah.search.AccessFilter;
import org.guwah.search.FacetCount;
import org.guwah.search.FacetSelection;
import org.guwah.search.RecordKind;
import org.guwah.search.ReindexRequiredException;
import org.guwah.search.SearchHit;
import org.guwah.search.SearchRequest;
import org.guwah.search.SearchResult;
import org.guwah.search.query.InvalidQueryException;
import org.guwah.search.query.QueryClause;
import org.guwah.search.query.SearchQuery;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.Reading;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Rows;
import org.guwah.store.cases.Shown;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.cases.CaseDesk;
import org.jspecify.annotations.Nullable;

/**
 * Runs a search for a signed-in session (ADR 0014). Two locks, so that a stale index never shows
 * anything:
 *
 * <ol>
 *   <li>the index query carries the session's {@link AccessFilter} (its accounts, its partner id,
 *       the consent purposes its roles work under), so hits, the total and facet counts cover only
 *       documents the session may find;
 *   <li>every hit is read again from the store under the session's {@link Reading} (one query per
 *       record kind). A hit the store does not confirm means the index was behind: those records
 *       are re-indexed from the database at once and the search runs again; a hit still not
 *       confirmed is dropped and not counted.
 * </ol>
 *
 * Titles and snippets come from the records as the store returns them, only when shown in full
 * (the index holds no text); answers showing identity data are audited ({@code read_identity}).
 * While the index is not {@link IndexKeeper#ready() ready}, searches are refused with {@link
 * ErrorCode#NOT_READY}. Thread-safe.
 */
public final class CaseSearch {
  /** The facet dimensions counted. */
  public static final List<String> DIMENSIONS = List.of(SearchDocuments.KIND, SearchDocuments.LANGUAGE,
      SearchDocuments.VERIFICATION, SearchDocuments.YEAR, SearchDocuments.COUNTRY);

  private final IndexKeeper keeper;
  private final CaseDesk desk;

  CaseSearch(IndexKeeper keeper, CaseDesk desk) {
    this.keeper = keeper;
    this.desk = desk;
  }

  /** One found record as the session may see it. */
  public record Found(UUID id, RecordKind kind, boolean full, @Nullable String date, @Nullable UUID personId,
      @Nullable String title, @Nullable Snippet snippet) {
    @Override
    public String toString() {
      return "Found[" + id + ", " + kind.code() + ", " + (full ? "full" : "coded") + "]";
    }
  }

  /** The answer: total, this page of records, facet counts (all over records the session may find). */
  public record Outcome(long total, int offset, int limit, List<Found> hits, Map<String, List<FacetCount>> facets) {}

  /**
   * Searches as {@code session}.
   *
   * @param query the user's query (syntax of {@link SearchQuery#parse}); blank lists every record
   *     the session may find
   * @param filters facet values per dimension of {@link #DIMENSIONS}
   * @throws ValidationException for a query over the limits or an unknown facet or value
   * @throws ApiException {@link ErrorCode#NOT_READY} while the index is being rebuilt or repaired
   */
  public Outcome search(Session session, String query, Map<String, Set<String>> filters, int offset, int limit) {
    SearchQuery parsed;
    try {
      parsed = SearchQuery.parse(query);
    } catch (InvalidQueryException e) {
      throw ValidationException.of("q", e.getMessage());
    }
    SearchRequest.Builder b = SearchRequest.builder(filter(session)).query(parsed).facets(FacetSelection.of(DIMENSIONS));
    for (Map.Entry<String, Set<String>> f : filters.entrySet()) {
      if (!DIMENSIONS.contains(f.getKey())) {
        throw ValidationException.of("filters", "knows the facets " + String.join(", ", DIMENSIONS));
      }
      b.filter(f.getKey(), f.getValue());
    }
    if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
      throw ValidationException.of("offset", "must be between 0 and " + SearchRequest.MAX_OFFSET);
    }
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw ValidationException.of("limit", "must be between 1 and " + SearchRequest.MAX_LIMIT);
    }
    SearchRequest request;
    try {
      request = b.page(offset, limit).build();
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("filters", "facet values are codes (letters, digits, _ . : -)");
    }
    Reading reading = desk.reading(session);
    SearchResult result = run(request);
    Confirmed confirmed = confirm(reading, result.hits());
    if (!confirmed.missing.isEmpty()) {
      confirmed.missing.forEach(keeper::refresh);
      result = run(request);
      confirmed = confirm(reading, result.hits());
    }
    int dropped = confirmed.missing.values().stream().mapToInt(Set::size).sum();
    List<Found> found = present(session, reading, result.hits(), confirmed, parsed);
    return new Outcome(Math.max(0, result.total() - dropped), offset, limit, found, facets(request, result));
  }

  /**
   * The facet counts: a dimension without a selection counts the hits; a dimension with one counts
   * the hits of the other dimensions' selections ("sideways"), so its other values stay choosable.
   * Every count is under the same access filter.
   */
  private Map<String, List<FacetCount>> facets(SearchRequest request, SearchResult result) {
    if (request.filters().isEmpty()) {
      return result.facets();
    }
    Map<String, List<FacetCount>> out = new LinkedHashMap<>(result.facets());
    for (String dimension : request.filters().keySet()) {
      Map<String, Set<String>> others = new LinkedHashMap<>(request.filters());
      others.remove(dimension);
      SearchRequest sideways = new SearchRequest(request.query(), others, request.access(), request.fields(), 0, 0,
          FacetSelection.of(List.of(dimension)));
      List<FacetCount> counts = run(sideways).facets().get(dimension);
      if (counts == null) {
        out.remove(dimension);
      } else {
        out.put(dimension, counts);
      }
    }
    return out;
  }

  private SearchResult run(SearchRequest request) {
    if (!keeper.ready()) {
      throw ApiException.of(ErrorCode.NOT_READY);
    }
    try {
      return keeper.index().search(request);
    } catch (ReindexRequiredException e) {
      throw ApiException.of(ErrorCode.NOT_READY);
    } catch (InvalidQueryException e) {
      throw ValidationException.of("q", e.getMessage());
    }
  }

  /**
   * What the session may find in the index: its own records (documenters), what partners may read
   * in full (partners), and the records whose consent grants INTERNAL_ANALYSIS (documenters,
   * analysts, publishers: the purpose staff work under, ADR 0008).
   */
  static AccessFilter filter(Session session) {
    Set<String> owners = new LinkedHashSet<>();
    Set<String> purposes = new LinkedHashSet<>();
    Set<Role> roles = session.roles();
    if (roles.contains(Role.DOCUMENTER)) {
      owners.add(SearchDocuments.account(session.accountId()));
      purposes.add(Reading.INTERNAL_ANALYSIS);
    }
    if (roles.contains(Role.ANALYST) || roles.contains(Role.PUBLISHER)) {
      purposes.add(Reading.INTERNAL_ANALYSIS);
    }
    if (roles.contains(Role.PARTNER)) {
      owners.add(SearchDocuments.partner(session.accountId()));
    }
    return AccessFilter.of(owners, purposes, false);
  }

  /** The hits the store shows under {@code reading}, and the ones it does not (by kind). */
  private static final class Confirmed {
    final Map<UUID, Shown<Person>> persons = new HashMap<>();
    final Map<UUID, Shown<Source>> sources = new HashMap<>();
    final Map<String, Set<UUID>> missing = new LinkedHashMap<>();
  }

  private Confirmed confirm(Reading reading, List<SearchHit> hits) {
    Confirmed c = new Confirmed();
    Set<UUID> personIds = new LinkedHashSet<>();
    Set<UUID> sourceIds = new LinkedHashSet<>();
    for (SearchHit h : hits) {
      UUID id = UUID.fromString(h.recordId());
      (h.kind() == RecordKind.PERSON ? personIds : sourceIds).add(id);
    }
    read(desk.store().persons(), reading, personIds).forEach(s -> c.persons.put(s.id(), s));
    read(desk.store().sources(), reading, sourceIds).forEach(s -> c.sources.put(s.id(), s));
    for (UUID id : personIds) {
      if (!c.persons.containsKey(id)) {
        c.missing.computeIfAbsent("person", k -> new LinkedHashSet<>()).add(id);
      }
    }
    for (UUID id : sourceIds) {
      if (!c.sources.containsKey(id)) {
        c.missing.computeIfAbsent("source", k -> new LinkedHashSet<>()).add(id);
      }
    }
    return c;
  }

  private <T> List<Shown<T>> read(RecordStore<T, ?> records, Reading reading, Set<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Reading only = Reading.of(reading.visible().and(Rows.ids(ids)), reading.full());
    // Read on a handle of its own: the check of hits against the database never comes from the
    // memory of list pages, so even a change the page memory was not told of (triggers bypassed)
    // hides the record at once.
    return desk.store().jdbi().withHandle(h -> records.list(h, ListQuery.first(Math.min(ListQuery.MAX_LIMIT, ids.size())),
        only)).items();
  }

  private List<Found> present(Session session, Reading reading, List<SearchHit> hits, Confirmed c, SearchQuery q) {
    List<String> words = new ArrayList<>();
    q.required().forEach(g -> g.stream().map(QueryClause::text).forEach(words::add));
    Set<UUID> reporters = new LinkedHashSet<>();
    c.sources.values().forEach(s -> {
      if (s.record().reporterPersonId() != null) {
        reporters.add(s.record().reporterPersonId());
      }
    });
    Set<UUID> visibleReporters = new java.util.HashSet<>();
    read(desk.store().persons(), Reading.of(reading.visible(), Rows.none()), reporters)
        .forEach(p -> visibleReporters.add(p.id()));
    List<Found> out = new ArrayList<>();
    List<Shown<Person>> shownPersons = new ArrayList<>();
    List<Shown<Source>> shownSources = new ArrayList<>();
    for (SearchHit h : hits) {
      UUID id = UUID.fromString(h.recordId());
      if (h.kind() == RecordKind.PERSON) {
        Shown<Person> p = c.persons.get(id);
        if (p == null) {
          continue;
        }
        shownPersons.add(p);
        String name = p.full() && !p.record().names().isEmpty() ? p.record().names().get(0).value() : null;
        out.add(new Found(id, h.kind(), p.full(), null, id, name,
            p.full() ? Snippet.of(p.record().notes(), words) : null));
      } else {
        Shown<Source> s = c.sources.get(id);
        if (s == null) {
          continue;
        }
        shownSources.add(s);
        Source r = s.record();
        UUID person = r.reporterPersonId() != null && visibleReporters.contains(r.reporterPersonId())
            ? r.reporterPersonId() : null;
        out.add(new Found(id, h.kind(), s.full(), r.receivedOn() == null ? null : r.receivedOn().toString(), person,
            s.full() ? r.title() : null, s.full() ? Snippet.of(r.testimony(), words) : null));
      }
    }
    desk.auditShown(session, "person", shownPersons);
    desk.auditShown(session, "source", shownSources);
    return out;
  }

  @Override
  public String toString() {
    return "CaseSearch";
  }
}
