package org.guwah.store.cases.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/** Sources and testimonies: coded columns in clear; title, reference and testimony text sealed. */
public final class SourceMapping extends KindMapping<Source, SourceMapping.Secrets> {
  /** The identity part of a source. */
  public record Secrets(@Nullable String title, @Nullable String reference, @Nullable String testimony) {
    @Override
    public String toString() {
      return "SourceSecrets[<redacted>]";
    }
  }

  private final ObjectMapper json;

  public SourceMapping(ObjectMapper json) {
    super("source", Secrets.class, Source::id, Source::version, Source::withIdentity);
    this.json = json;
  }

  @Override
  public List<Column<Source>> columns() {
    return DateColumns.concat(List.of(
        Column.of("kind", SqlType.TEXT, Source::kind),
        Column.of("reporter_person_id", SqlType.UUID, Source::reporterPersonId),
        Column.of("reporter_relation", SqlType.TEXT, Source::reporterRelation),
        Column.of("language", SqlType.TEXT, Source::language),
        Column.of("verification", SqlType.TEXT, Source::verification),
        Column.of("consent", SqlType.JSONB, s -> json.writeValueAsString(s.consent()))),
        DateColumns.of("received", Source::receivedOn));
  }

  @Override
  public Secrets secrets(Source s) {
    return new Secrets(s.title(), s.reference(), s.testimony());
  }

  @Override
  public Source read(Row row, UUID id, long version, Secrets s) throws SQLException {
    return new Source(id, version, row.requiredText("kind"), row.uuid("reporter_person_id"),
        row.text("reporter_relation"), row.fuzzyDate("received"), row.text("language"),
        row.requiredText("verification"), json.readValue(row.requiredText("consent"), Consent.class), s.title(),
        s.reference(), s.testimony());
  }

  @Override
  public Secrets emptySecrets() {
    return new Secrets(null, null, null);
  }

  @Override
  public String usableCondition() {
    // source_usable(consent, ?) of V4, written out so that the planner evaluates it inline
    return "coalesce((consent -> 'purposes' -> ? ->> 'status') = 'GRANTED', false)";
  }

  /** The reporter is a protected third party, or the source reports on one. */
  @Override
  public String protectedCondition() {
    return "source_concerns_protected(id, reporter_person_id)";
  }

  @Override
  public List<Filter> filters() {
    return List.of(
        Filter.code("kind", "kind = ?", "source_kind", "source kind code"),
        Filter.code("language", "language = ?", "language", "language code"),
        Filter.code("verification", "verification = ?", "verification", "verification level code"),
        Filter.of("reporterPersonId", "reporter_person_id = ?", SqlType.UUID, "the reporting person"),
        DateColumns.year("year", "received", "year the source may have been received in"));
  }

  @Override
  public List<Reference> references(Source s) {
    return new References().one("reporterPersonId", "person", s.reporterPersonId()).list();
  }

  @Override
  public Map<String, @Nullable FuzzyDate> pastDates(Source s) {
    return s.receivedOn() == null ? Map.of() : Map.of("receivedOn", s.receivedOn());
  }

  @Override
  public Consent consent(Source s) {
    return s.consent();
  }
}
