package org.guwah.web.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guwah.core.people.Person;
import org.guwah.store.cases.CaseFacet;
import org.guwah.store.cases.CaseList;
import org.guwah.store.cases.Shown;
import org.guwah.web.i18n.Translation;
import org.jspecify.annotations.Nullable;

/** What the case list page shows: rows, facets with counts and links, the next page's link. */
public final class CaseListView {
  /** One person in the list. */
  public record Row(String id, String name, boolean full, String sex, String birth, String residence,
      boolean protectedThirdParty) {}

  /** One value of a facet: its label, count, whether it is selected, and the link that toggles it. */
  public record Value(String label, long count, boolean selected, String link) {}

  /** A facet with its values. */
  public record Facet(String param, String title, List<Value> values) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<Facet> facets = new ArrayList<>();
  private final @Nullable String next;
  private final boolean filtered;

  CaseListView(CaseList list, Map<CaseFacet, String> selected, Translation t) {
    for (Shown<Person> s : list.page().items()) {
      Person p = s.record();
      String name = s.full() && !p.names().isEmpty() ? p.names().get(0).value() : t.get("cases.coded");
      rows.add(new Row(s.id().toString(), name, s.full(), t.label("sex", p.sex()),
          p.birth() == null ? "" : p.birth().toString(),
          p.residenceCountry() == null ? "" : p.residenceCountry(), p.protectedThirdParty()));
    }
    for (CaseFacet f : CaseFacet.values()) {
      List<Value> values = new ArrayList<>();
      for (CaseList.FacetCount c : list.facets().getOrDefault(f, List.of())) {
        boolean on = c.value().equals(selected.get(f));
        Map<CaseFacet, String> toggled = new EnumMap<>(CaseFacet.class);
        toggled.putAll(selected);
        if (on) {
          toggled.remove(f);
        } else {
          toggled.put(f, c.value());
        }
        values.add(new Value(label(f, c.value(), t), c.count(), on, link(toggled, null)));
      }
      facets.add(new Facet(f.param(), t.get("facet." + f.param()), values));
    }
    next = list.page().after() == null ? null : link(selected, list.page().after().toString());
    filtered = !selected.isEmpty();
  }

  private static String label(CaseFacet f, String value, Translation t) {
    if (f == CaseFacet.YEAR || f == CaseFacet.COUNTRY) {
      return value;
    }
    return t.label(java.util.Objects.requireNonNull(f.vocabulary()), value);
  }

  private static String link(Map<CaseFacet, String> selected, @Nullable String after) {
    StringBuilder b = new StringBuilder("/cases");
    char sep = '?';
    for (Map.Entry<CaseFacet, String> e : selected.entrySet()) {
      b.append(sep).append(e.getKey().param()).append('=').append(Chrome.q(e.getValue()));
      sep = '&';
    }
    if (after != null) {
      b.append(sep).append("after=").append(after);
    }
    return b.toString();
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Facet> facets() {
    return facets;
  }

  public @Nullable String next() {
    return next;
  }

  public boolean filtered() {
    return filtered;
  }

  @Override
  public String toString() {
    return "CaseListView[" + rows.size() + " rows]";
  }
}
