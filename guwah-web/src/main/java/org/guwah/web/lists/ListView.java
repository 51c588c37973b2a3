package org.guwah.web.lists;

import java.util.List;
import org.guwah.forms.tables.ListFileProblem;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListRow;
import org.jspecify.annotations.Nullable;

/**
 * A list's page: the list, one page of its rows, what the reader noticed on import, and what the
 * last linkage run found (when this page follows an import or a run). Identity data throughout.
 *
 * @param page the page shown, from 0
 * @param pages how many pages the rows fill
 * @param linkFailed whether linking failed after an import (the list is stored; link it again)
 */
public record ListView(ListInfo list, List<ListRow> rows, int page, int pages, List<ListFileProblem> warnings,
    ListLinking.@Nullable Outcome outcome, boolean linkFailed) {
  public ListView {
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  /** The header of column {@code c}, or its number when the header is empty. */
  public String header(int c) {
    return headerOf(list.headers(), c);
  }

  /** The header of column {@code c} in {@code headers}, or {@code #} and its number when it is empty or missing. */
  static String headerOf(List<String> headers, int c) {
    String h = c < headers.size() ? headers.get(c) : "";
    return h.isBlank() ? "#" + (c + 1) : h;
  }

  /** How many columns the rows use (at least the headers). */
  public int columns() {
    int n = list.headers().size();
    for (ListRow r : rows) {
      n = Math.max(n, r.cells().size());
    }
    return n;
  }

  @Override
  public String toString() {
    return "ListView[" + list.id() + ", page " + page + "]";
  }
}
