package org.guwah.store.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.geo.Countries;
import org.guwah.core.people.Person;
import org.guwah.core.validation.Problems;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.store.cases.internal.RecordMapping;
import org.guwah.store.cases.internal.SqlText;
import org.guwah.store.cases.internal.SqlType;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * The faceted case list (workspace): persons filtered by {@link CaseFacet} values, with counts per
 * value. Everything is decided in SQL under the reader's {@link Reading}: a person the reader may
 * not see is neither listed nor counted, and a facet value comes only from records the reader may
 * see (an incident hidden by consent contributes no tactic). Coded columns only: nothing is
 * decrypted to filter or count. Thread-safe.
 */
public final class CaseFacets {
  private static final String P = RecordStore.ALIAS;
  private final CaseStore store;

  CaseFacets(CaseStore store) {
    this.store = store;
  }

  /**
   * A page of persons matching every selection ({@code facet param -> value}), and the facet counts.
   *
   * @throws org.guwah.core.validation.ValidationException naming each unknown facet or bad value
   */
  public CaseList list(Handle h, Reading reading, Map<CaseFacet, String> selected, int limit, @Nullable UUID after) {
    check(selected);
    Slice<Shown<Person>> page = store.persons().listWhere(h, reading,
        sql -> selected.forEach((f, v) -> matching(sql, reading, f, v)), limit, after);
    Map<CaseFacet, List<CaseList.FacetCount>> counts = new EnumMap<>(CaseFacet.class);
    for (CaseFacet f : CaseFacet.values()) {
      counts.put(f, counts(h, reading, f, selected));
    }
    return new CaseList(page, counts);
  }

  private static void check(Map<CaseFacet, String> selected) {
    Problems p = new Problems();
    selected.forEach((f, v) -> {
      if (f == CaseFacet.YEAR) {
        if (!v.matches("\\d{4}")) {
          p.add(f.param(), "must be a year");
        }
      } else if (f == CaseFacet.COUNTRY) {
        if (!Countries.isKnown(v)) {
          p.add(f.param(), "is not an ISO 3166-1 alpha-2 country code");
        }
      } else if (!Vocabularies.standard().vocabulary(java.util.Objects.requireNonNull(f.vocabulary())).contains(v)) {
        p.add(f.param(), "is not a known " + f.vocabulary() + " code");
      }
    });
    p.throwIfAny();
  }

  private List<CaseList.FacetCount> counts(Handle h, Reading reading, CaseFacet facet, Map<CaseFacet, String> selected) {
    SqlText sql = new SqlText().append("select fv.v, count(*) from person " + P + " cross join lateral (");
    values(sql, reading, facet);
    sql.append(") fv(v) where ");
    visible(sql, reading, store.persons().mapping(), P);
    selected.forEach((f, v) -> {
      if (f != facet) {
        matching(sql, reading, f, v);
      }
    });
    sql.append(" group by fv.v order by count(*) desc, fv.v limit 200");
    List<CaseList.FacetCount> out = new ArrayList<>();
    try (var ps = sql.prepare(h.getConnection()); var rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new CaseList.FacetCount(rs.getString(1), rs.getLong(2)));
      }
    } catch (java.sql.SQLException e) {
      throw new StoreException("could not count case facets (SQL state " + e.getSQLState() + ")", e);
    }
    return out;
  }

  /** Appends {@code " and "} a condition: the person has {@code value} for {@code facet}. */
  private void matching(SqlText sql, Reading reading, CaseFacet facet, String value) {
    sql.append(" and exists (select 1 from (");
    values(sql, reading, facet);
    sql.append(") fm(v) where fm.v = ").bind(SqlType.TEXT, value).append(")");
  }

  /** A subquery giving the distinct values of {@code facet} for the person {@value #P}. */
  private void values(SqlText sql, Reading reading, CaseFacet facet) {
    switch (facet) {
      case TACTIC -> {
        sql.append("select distinct unnest(i.tactics) from incident i where i.target_person_id = " + P + ".id and ");
        visible(sql, reading, store.incidents().mapping(), "i");
      }
      case COUNTRY -> sql.append("select " + P + ".residence_country where " + P + ".residence_country is not null");
      case STATUS -> {
        sql.append("select distinct d.status from detention d where d.person_id = " + P + ".id and ");
        visible(sql, reading, store.detentions().mapping(), "d");
      }
      case YEAR -> {
        sql.append("select extract(year from i.date_from)::int::text from incident i where i.target_person_id = "
            + P + ".id and i.date_from is not null and ");
        visible(sql, reading, store.incidents().mapping(), "i");
        sql.append(" union select extract(year from d.date_from)::int::text from detention d where d.person_id = "
            + P + ".id and d.date_from is not null and ");
        visible(sql, reading, store.detentions().mapping(), "d");
      }
      case VERIFICATION -> {
        sql.append("select distinct s.verification from source s where s.id = any(" + P + ".source_ids) and ");
        visible(sql, reading, store.sources().mapping(), "s");
      }
      case CONSENT -> {
        List<String> purposes = new ArrayList<>(Vocabularies.standard().vocabulary("consent_purpose").codes());
        sql.append("select c.purpose from unnest(").bind(SqlType.TEXT_ARRAY, purposes)
            .append(") c(purpose) where coalesce(person_usable(" + P + ".protected_third_party, " + P + ".consent, "
                + P + ".source_ids, c.purpose), false)");
      }
    }
  }

  private static void visible(SqlText sql, Reading reading, RecordMapping<?, ?> mapping, String alias) {
    reading.visible().appendTo(sql, mapping, alias);
  }

  @Override
  public String toString() {
    return "CaseFacets";
  }
}
