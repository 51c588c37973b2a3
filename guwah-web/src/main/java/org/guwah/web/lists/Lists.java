package org.guwah.web.lists;

import java.time.Clock;
import java.util.List;
import org.guwah.forms.tables.ListLimits;
import org.guwah.store.lists.ListStore;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.pages.CorroborationShelf;
import org.guwah.web.pages.PageRoute;

/**
 * Lists in the product (issue 5, point 5; ADR 0016): the import with linkage, the documenters'
 * list and review pages, and the case page's corroboration from lists.
 */
public final class Lists {
  /**
   * What an upload through the browser may hold: 20 MiB and 50,000 rows (stored and linked while
   * the request waits, about half a minute at that size against some 30,000 recorded people);
   * larger lists go through {@code guwah import list}.
   */
  public static final ListLimits UPLOAD_LIMITS = ListLimits.defaults().withMaxBytes(20L << 20).withMaxRows(50_000);

  private final ListStore store;
  private final ListImport imports;
  private final List<PageRoute> routes;
  private final CorroborationShelf shelf;

  private Lists(ListStore store, CaseDesk desk, Clock clock, ListLimits limits) {
    this.store = store;
    this.imports = new ListImport(store, new ListLinking(desk.store(), store, clock), desk.audit(), limits);
    this.routes = ListPages.of(store, imports, desk);
    this.shelf = new ListShelf(store, desk);
  }

  /** Lists over {@code store}, with files read under {@code limits}. */
  public static Lists create(ListStore store, CaseDesk desk, Clock clock, ListLimits limits) {
    return new Lists(store, desk, clock, limits);
  }

  /** The documenters' routes. */
  public List<PageRoute> routes() {
    return routes;
  }

  /** What the case page shows from lists. */
  public CorroborationShelf shelf() {
    return shelf;
  }

  /** The import (also used by {@code guwah import list}). */
  public ListImport imports() {
    return imports;
  }

  /** The store. */
  public ListStore store() {
    return store;
  }

  @Override
  public String toString() {
    return "Lists";
  }
}
