package org.guwah.store.cases.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.incidents.Incident;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;

/** Incidents: everything coded in clear; the free-text description sealed. */
public final class IncidentMapping extends KindMapping<Incident, IncidentMapping.Secrets> {
  /** The identity part of an incident. */
  public record Secrets(@Nullable String description) {
    @Override
    public String toString() {
      return "IncidentSecrets[<redacted>]";
    }
  }

  public IncidentMapping() {
    super("incident", Secrets.class, Incident::id, Incident::version, Incident::withIdentity);
  }

  @Override
  public List<Column<Incident>> columns() {
    return DateColumns.concat(List.of(
        Column.of("tactics", SqlType.TEXT_ARRAY, Incident::tactics),
        Column.of("channel", SqlType.TEXT, Incident::channel),
        Column.of("perpetrator", SqlType.TEXT, Incident::perpetrator),
        Column.of("perpetrator_country", SqlType.TEXT, Incident::perpetratorCountry),
        Column.of("target_person_id", SqlType.UUID, Incident::targetPersonId),
        Column.of("relative_ids", SqlType.UUID_ARRAY, Incident::relativeIds),
        Column.of("host_country", SqlType.TEXT, Incident::hostCountry),
        Column.of("host_city", SqlType.TEXT, Incident::hostCity),
        Column.of("source_ids", SqlType.UUID_ARRAY, Incident::sourceIds)),
        DateColumns.of("date", Incident::date));
  }

  @Override
  public Secrets secrets(Incident r) {
    return new Secrets(r.description());
  }

  @Override
  public Incident read(Row row, UUID id, long version, Secrets s) throws SQLException {
    return new Incident(id, version, row.texts("tactics"), row.requiredText("channel"), row.requiredText("perpetrator"),
        row.text("perpetrator_country"), row.uuid("target_person_id"), row.uuids("relative_ids"),
        row.fuzzyDate("date"), row.text("host_country"), row.text("host_city"), s.description(),
        row.uuids("source_ids"));
  }

  @Override
  public Secrets emptySecrets() {
    return new Secrets(null);
  }

  @Override
  public String usableCondition() {
    return "incident_usable(target_person_id, relative_ids, source_ids, ?)";
  }

  @Override
  public String protectedCondition() {
    return "any_person_protected(array_prepend(target_person_id, relative_ids))";
  }

  @Override
  public List<Filter> filters() {
    return List.of(
        Filter.code("tactic", "tactics @> array[?]::text[]", "tactic", "has this tactic"),
        Filter.code("channel", "channel = ?", "channel", "channel code"),
        Filter.code("perpetrator", "perpetrator = ?", "perpetrator", "perpetrator code"),
        Filter.country("perpetratorCountry", "perpetrator_country", "perpetrator's country"),
        Filter.country("hostCountry", "host_country", "country where the target lives"),
        DateColumns.year("year", "date", "year the incident may have happened in"),
        Filter.of("targetPersonId", "target_person_id = ?", SqlType.UUID, "targeted person"),
        Filter.of("personId", "target_person_id = ? or relative_ids @> array[?]::uuid[]", SqlType.UUID,
            "person targeted or involved as a relative"),
        Filter.of("sourceId", "source_ids @> array[?]::uuid[]", SqlType.UUID, "reported by this source"));
  }

  @Override
  public List<Reference> references(Incident r) {
    return new References().one("targetPersonId", "person", r.targetPersonId())
        .each("relativeIds", "person", r.relativeIds())
        .each("sourceIds", "source", r.sourceIds())
        .list();
  }

  @Override
  public Map<String, @Nullable FuzzyDate> pastDates(Incident r) {
    return r.date() == null ? Map.of() : Map.of("date", r.date());
  }
}
