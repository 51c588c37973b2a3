package org.guwah.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form text (label, hint, message) in several languages, keyed by {@link FormLanguage#key()}.
 * Form structure, not respondent data. Immutable.
 */
public record LocalizedText(Map<String, String> byLanguage) {
  public static final LocalizedText EMPTY = new LocalizedText(Map.of());

  public LocalizedText {
    Map<String, String> copy = new LinkedHashMap<>();
    byLanguage.forEach((k, v) -> {
      if (!v.isEmpty()) {
        copy.put(k, v);
      }
    });
    byLanguage = java.util.Collections.unmodifiableMap(copy);
  }

  public boolean isEmpty() {
    return byLanguage.isEmpty();
  }

  /** The text in exactly this language. */
  public Optional<String> in(String languageKey) {
    return Optional.ofNullable(byLanguage.get(languageKey));
  }

  /**
   * The text for a reader of {@code languageKey}: that language, else {@code defaultKey}, else the
   * unspecified language, else any; empty text if there is none.
   */
  public String resolve(String languageKey, String defaultKey) {
    String t = byLanguage.get(languageKey);
    if (t == null) {
      t = byLanguage.get(defaultKey);
    }
    if (t == null) {
      t = byLanguage.get("");
    }
    if (t == null && !byLanguage.isEmpty()) {
      t = byLanguage.values().iterator().next();
    }
    return t == null ? "" : t;
  }
}
