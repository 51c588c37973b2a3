package org.guwah.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a form shows (what the user typed, so nothing is lost when it comes back with errors)
 * and the error of each field. Keys are field names, repeated fields indexed ({@code name.0}).
 */
public final class FormState {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();

  public FormState set(String field, String value) {
    values.put(field, value);
    return this;
  }

  public FormState setAll(String field, List<String> many) {
    lists.put(field, List.copyOf(many));
    return this;
  }

  public FormState error(String field, String message) {
    errors.putIfAbsent(field, message);
    return this;
  }

  /** The value to show, "" if none. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** Whether a repeated field (checkboxes, multi-select) holds {@code option}. */
  public boolean has(String field, String option) {
    return lists.getOrDefault(field, List.of()).contains(option);
  }

  /** Whether a single field equals {@code option} (selects, radios). */
  public boolean is(String field, String option) {
    return option.equals(values.get(field));
  }

  /** The field's error, "" if none. */
  public String errorOf(String field) {
    return errors.getOrDefault(field, "");
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public Map<String, String> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return "FormState[" + values.size() + " values, " + errors.size() + " errors]";
  }
}
