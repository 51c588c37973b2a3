package org.guwah.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guwah.search.FacetCount;
import org.guwah.search.RecordKind;
import org.guwah.web.i18n.Translation;
import org.jspecify.annotations.Nullable;

/**
 * What the search page shows: the query as typed (the page is answered to a POST and never
 * cached), the selected facet values, the hits, facets with counts, paging, or a message.
 */
public final class SearchView {
  /** One hit: kind label, date, case link, title and snippet (the last two only when read in full). */
  public record Row(String id, String kind, boolean full, String date, @Nullable String personId,
      @Nullable String title, @Nullable Snippet snippet) {}

  /** One facet value: label, count, whether selected, and the {@code dimension:value} token it toggles. */
  public record Value(String label, long count, boolean selected, String token) {}

  /** A facet with its values. */
  public record Facet(String dimension, String title, List<Value> values) {}

  private final String q;
  private final List<String> selected;
  private final @Nullable String message;
  private final boolean searched;
  private final long total;
  private final List<Row> rows = new ArrayList<>();
  private final List<Facet> facets = new ArrayList<>();
  private final @Nullable Integer previous;
  private final @Nullable Integer next;

  private SearchView(String q, List<String> selected, @Nullable String message, boolean searched, long total,
      @Nullable Integer previous, @Nullable Integer next) {
    this.q = q;
    this.selected = List.copyOf(selected);
    this.message = message;
    this.searched = searched;
    this.total = total;
    this.previous = previous;
    this.next = next;
  }

  /** The empty form. */
  static SearchView form() {
    return new SearchView("", List.of(), null, false, 0, null, null);
  }

  /** The form with a message instead of results (index not ready, query over the limits). */
  static SearchView message(String q, List<String> selected, String message) {
    return new SearchView(q, selected, message, false, 0, null, null);
  }

  /** The results of {@code o}. */
  static SearchView of(String q, Map<String, Set<String>> filters, CaseSearch.Outcome o, Translation t) {
    List<String> selected = new ArrayList<>();
    filters.forEach((d, vs) -> vs.forEach(v -> selected.add(d + ":" + v)));
    int shown = o.offset() + o.hits().size();
    SearchView v = new SearchView(q, selected, null, true, o.total(),
        o.offset() > 0 ? Math.max(0, o.offset() - o.limit()) : null,
        shown < o.total() && shown + 0L <= org.guwah.search.SearchRequest.MAX_OFFSET ? shown : null);
    for (CaseSearch.Found f : o.hits()) {
      v.rows.add(new Row(f.id().toString(), t.get("search.kind." + f.kind().code()), f.full(),
          f.date() == null ? "" : f.date(), f.personId() == null ? null : f.personId().toString(), f.title(),
          f.snippet()));
    }
    for (String dimension : CaseSearch.DIMENSIONS) {
      List<FacetCount> counts = o.facets().get(dimension);
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      List<Value> values = new ArrayList<>();
      for (FacetCount c : counts) {
        String token = dimension + ":" + c.value();
        values.add(new Value(label(dimension, c.value(), t), c.count(), selected.contains(token), token));
      }
      v.facets.add(new Facet(dimension, t.get("facet." + dimension), values));
    }
    return v;
  }

  private static String label(String dimension, String value, Translation t) {
    switch (dimension) {
      case SearchDocuments.KIND:
        for (RecordKind k : RecordKind.values()) {
          if (k.code().equals(value)) {
            return t.get("search.kind." + value);
          }
        }
        return value;
      case SearchDocuments.LANGUAGE:
        return t.label("language", value);
      case SearchDocuments.VERIFICATION:
        return t.label("verification", value);
      default:
        return value;
    }
  }

  public String q() {
    return q;
  }

  public List<String> selected() {
    return selected;
  }

  public @Nullable String message() {
    return message;
  }

  public boolean searched() {
    return searched;
  }

  public long total() {
    return total;
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Facet> facets() {
    return facets;
  }

  public @Nullable Integer previous() {
    return previous;
  }

  public @Nullable Integer next() {
    return next;
  }

  @Override
  public String toString() {
    return "SearchView[" + rows.size() + " rows]";
  }
}
