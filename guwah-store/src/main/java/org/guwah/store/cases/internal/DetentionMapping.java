package org.guwah.store.cases.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;

/** Detention events: status, dates, county, facility and reason codes in clear; free text sealed. */
public final class DetentionMapping extends KindMapping<Detention, DetentionMapping.Secrets> {
  /** The identity part of a detention event. */
  public record Secrets(@Nullable String reasonText, @Nullable String charge, @Nullable String placeLocality,
      @Nullable String placeDetail) {
    @Override
    public String toString() {
      return "DetentionSecrets[<redacted>]";
    }
  }

  public DetentionMapping() {
    super("detention", Secrets.class, Detention::id, Detention::version, Detention::withIdentity);
  }

  @Override
  public List<Column<Detention>> columns() {
    return DateColumns.concat(List.of(
        Column.of("person_id", SqlType.UUID, Detention::personId),
        Column.of("status", SqlType.TEXT, Detention::status),
        Column.of("place_country", SqlType.TEXT, d -> d.place() == null ? null : d.place().country()),
        Column.of("place_county", SqlType.TEXT, d -> d.place() == null ? null : d.place().countyCode()),
        Column.of("facility", SqlType.TEXT, Detention::facility),
        Column.of("reasons", SqlType.TEXT_ARRAY, Detention::reasons),
        Column.of("sentence_months", SqlType.INT, Detention::sentenceMonths),
        Column.of("source_ids", SqlType.UUID_ARRAY, Detention::sourceIds)),
        DateColumns.of("date", Detention::date));
  }

  @Override
  public Secrets secrets(Detention d) {
    Place p = d.place();
    return new Secrets(d.reasonText(), d.charge(), p == null ? null : p.locality(), p == null ? null : p.detail());
  }

  @Override
  public Detention read(Row row, UUID id, long version, Secrets s) throws SQLException {
    String country = row.text("place_country");
    String county = row.text("place_county");
    Place place = country == null && county == null && s.placeLocality() == null && s.placeDetail() == null
        ? null : new Place(country, county, s.placeLocality(), s.placeDetail());
    return new Detention(id, version, row.requiredUuid("person_id"), row.requiredText("status"), row.fuzzyDate("date"),
        place, row.text("facility"), row.texts("reasons"), s.reasonText(), s.charge(), row.integer("sentence_months"),
        row.uuids("source_ids"));
  }

  @Override
  public Secrets emptySecrets() {
    return new Secrets(null, null, null, null);
  }

  @Override
  public String usableCondition() {
    return "detention_usable(person_id, source_ids, ?)";
  }

  @Override
  public String protectedCondition() {
    return "any_person_protected(array[person_id])";
  }

  @Override
  public List<Filter> filters() {
    return List.of(
        Filter.of("personId", "person_id = ?", SqlType.UUID, "the detained person"),
        Filter.code("status", "status = ?", "detention_status", "detention status code"),
        Filter.code("reason", "reasons @> array[?]::text[]", "detention_reason", "has this reason"),
        Filter.of("placeCounty", "place_county = ?", SqlType.TEXT, "county, GB/T 2260 code"),
        DateColumns.year("year", "date", "year the event may have happened in"),
        Filter.of("sourceId", "source_ids @> array[?]::uuid[]", SqlType.UUID, "reported by this source"));
  }

  @Override
  public List<Reference> references(Detention d) {
    return new References().one("personId", "person", d.personId()).each("sourceIds", "source", d.sourceIds()).list();
  }

  @Override
  public Map<String, @Nullable FuzzyDate> pastDates(Detention d) {
    return d.date() == null ? Map.of() : Map.of("date", d.date());
  }
}
