package org.guwah.web.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.guwah.store.crypto.KeyRing;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.pages.PageRoute;

/**
 * Search in the product: the index kept in step with the database ({@link IndexKeeper}), searches
 * for signed-in sessions ({@link CaseSearch}), the API route and the search page. Opening it hooks
 * the index into {@link CaseDesk}: records written through the desk are indexed right after their
 * transaction commits. Close it when the server stops.
 */
public final class SearchService implements AutoCloseable {
  /** How often the background pass looks for queued records and rebuild requests. */
  public static final Duration PASS_INTERVAL = Duration.ofSeconds(2);

  private final IndexKeeper keeper;
  private final CaseSearch search;

  private SearchService(IndexKeeper keeper, CaseDesk desk) {
    this.keeper = keeper;
    this.search = new CaseSearch(keeper, desk);
  }

  /**
   * Opens the index in {@code directory} (created if missing) for {@code desk}'s store, sealed under
   * the search key of {@code keys}, and hooks it into the desk. Call {@link #start()} to begin the
   * background pass (which rebuilds a missing or unusable index).
   *
   * @throws org.guwah.search.SearchIndexIoException if the directory cannot be opened or another
   *     process holds it
   */
  public static SearchService open(Path directory, CaseDesk desk, KeyRing keys) {
    IndexKeeper keeper = IndexKeeper.open(directory, desk.store(), keys);
    desk.afterCommit(keeper::changed);
    return new SearchService(keeper, desk);
  }

  /** Starts the background pass (idempotent). */
  public void start() {
    keeper.start(PASS_INTERVAL);
  }

  /** The index keeper (status, rebuilds). */
  public IndexKeeper keeper() {
    return keeper;
  }

  /** The searches. */
  public CaseSearch search() {
    return search;
  }

  /** {@code POST /api/v1/search}. */
  public List<ApiRoute> routes() {
    return SearchRoutes.of(search);
  }

  /** {@code GET /search} (the form) and {@code POST /search} (the results). */
  public List<PageRoute> pageRoutes() {
    return SearchPages.of(search);
  }

  @Override
  public void close() {
    keeper.close();
  }

  @Override
  public String toString() {
    return "SearchService[" + keeper + "]";
  }
}
