package org.guwah.store.cases.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.guwah.core.relationships.Relationship;

/** Relationships: all coded; the envelope is empty but present, like every row's. */
public final class RelationshipMapping extends KindMapping<Relationship, RelationshipMapping.Secrets> {
  /** Relationships carry no identity text; the empty envelope keeps every table alike. */
  public record Secrets() {}

  public RelationshipMapping() {
    super("relationship", Secrets.class, Relationship::id, Relationship::version, Relationship::withIdentity);
  }

  @Override
  public List<Column<Relationship>> columns() {
    return List.of(
        Column.of("person_id", SqlType.UUID, Relationship::personId),
        Column.of("kind", SqlType.TEXT, Relationship::kind),
        Column.of("related_person_id", SqlType.UUID, Relationship::relatedPersonId),
        Column.of("source_ids", SqlType.UUID_ARRAY, Relationship::sourceIds));
  }

  @Override
  public Secrets secrets(Relationship r) {
    return new Secrets();
  }

  @Override
  public Relationship read(Row row, UUID id, long version, Secrets s) throws SQLException {
    return new Relationship(id, version, row.requiredUuid("person_id"), row.requiredText("kind"),
        row.requiredUuid("related_person_id"), row.uuids("source_ids"));
  }

  @Override
  public Secrets emptySecrets() {
    return new Secrets();
  }

  @Override
  public String usableCondition() {
    return "relationship_usable(person_id, related_person_id, source_ids, ?)";
  }

  @Override
  public String protectedCondition() {
    return "any_person_protected(array[person_id, related_person_id])";
  }

  @Override
  public List<Filter> filters() {
    return List.of(
        Filter.of("personId", "person_id = ? or related_person_id = ?", SqlType.UUID, "either person of the tie"),
        Filter.code("kind", "kind = ?", "relationship", "relationship code"),
        Filter.of("sourceId", "source_ids @> array[?]::uuid[]", SqlType.UUID, "reported by this source"));
  }

  @Override
  public List<Reference> references(Relationship r) {
    return new References().one("personId", "person", r.personId())
        .one("relatedPersonId", "person", r.relatedPersonId())
        .each("sourceIds", "source", r.sourceIds())
        .list();
  }
}
