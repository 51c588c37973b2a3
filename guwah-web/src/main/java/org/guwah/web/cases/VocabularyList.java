package org.guwah.web.cases;

import java.util.List;
import java.util.Map;

/** Every vocabulary by name: its codes, labels by language, and mapping attributes. */
public record VocabularyList(Map<String, List<Entry>> vocabularies) {
  /** One code. */
  public record Entry(String code, Map<String, String> labels, Map<String, String> attributes) {}
}
