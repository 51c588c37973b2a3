package org.guwah.core.vocab;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a controlled vocabulary: a stable code, a label in every {@link Language}, and
 * extra attributes (mappings such as {@code uhrp_stage} or {@code fh_family}).
 */
public record Term(String code, Map<Language, String> labels, Map<String, String> attributes) {
  public Term {
    if (code.isBlank()) {
      throw new IllegalArgumentException("blank code");
    }
    for (Language l : Language.values()) {
      String label = labels.get(l);
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("term " + code + " has no " + l.code() + " label");
      }
    }
    labels = Map.copyOf(new EnumMap<>(labels));
    attributes = Map.copyOf(attributes);
  }

  /** The label in {@code language}. */
  public String label(Language language) {
    return labels.get(language);
  }

  /** An extra attribute, empty when the column is absent or its cell empty. */
  public Optional<String> attribute(String name) {
    @Nullable String v = attributes.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }
}
