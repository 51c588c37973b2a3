package org.guwah.core.relationships;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.guwah.core.validation.Defaulted;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A family or social tie: person {@code personId} is the {@code kind} (a {@code relationship} code,
 * e.g. PARENT) of person {@code relatedPersonId}. Coded; stored in clear.
 */
public record Relationship(
    @Nullable UUID id, @Defaulted long version, UUID personId, String kind, UUID relatedPersonId, List<UUID> sourceIds) {

  @SuppressWarnings("ConstantConditions")
  public Relationship {
    sourceIds = sourceIds == null ? List.of() : sourceIds;
    Problems p = new Problems();
    if (version < 0) {
      p.add("version", "must not be negative");
    }
    p.require("personId", personId);
    p.requireCode("kind", kind, "relationship");
    p.require("relatedPersonId", relatedPersonId);
    if (personId != null && Objects.equals(personId, relatedPersonId)) {
      p.add("relatedPersonId", "must be a different person");
    }
    p.requireList("sourceIds", sourceIds, 0, 500);
    p.throwIfAny();
    sourceIds = List.copyOf(sourceIds);
  }

  /** This relationship stored under {@code id} at {@code version}. */
  public Relationship withIdentity(UUID newId, long newVersion) {
    return new Relationship(newId, newVersion, personId, kind, relatedPersonId, sourceIds);
  }
}
