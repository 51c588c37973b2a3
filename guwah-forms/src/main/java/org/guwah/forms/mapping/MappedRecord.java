package org.guwah.forms.mapping;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.guwah.forms.MappingEntity;
import org.guwah.forms.MappingTarget;
import org.jspecify.annotations.Nullable;

/**
 * The values one record receives from a submission: the respondent, the source, or one
 * relative, incident, detention or contact per repeat instance.
 *
 * @see #key()
 * @see #ownerKey()
 */
public final class MappedRecord {
  private final MappingEntity entity;
  private final String key;
  private final @Nullable String ownerKey;
  private final Map<MappingTarget, MappedValue> values;

  MappedRecord(MappingEntity entity, String key, @Nullable String ownerKey, Map<MappingTarget, MappedValue> values) {
    this.entity = entity;
    this.key = key;
    this.ownerKey = ownerKey;
    EnumMap<MappingTarget, MappedValue> m = new EnumMap<>(MappingTarget.class);
    m.putAll(values);
    this.values = Collections.unmodifiableMap(m);
  }

  public MappingEntity entity() {
    return entity;
  }

  /**
   * Stable within one submission: {@code respondent}, {@code source}, or the entity and the repeat
   * instance it came from, {@code relative@family[2]}.
   */
  public String key() {
    return key;
  }

  /**
   * The record this one belongs to: for a detention, contact or incident, the relative filled in
   * the same or an enclosing repeat instance, else {@code respondent}; for a relative, {@code
   * respondent}; empty for the respondent and the source.
   */
  public Optional<String> ownerKey() {
    return Optional.ofNullable(ownerKey);
  }

  /** The values, in target order. */
  public Map<MappingTarget, MappedValue> values() {
    return values;
  }

  public Optional<MappedValue> value(MappingTarget target) {
    return Optional.ofNullable(values.get(target));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public String toString() {
    return "MappedRecord[" + key + ", targets=" + values.keySet() + "]";
  }
}
