package org.guwah.forms.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as posted by an HTML form ({@code application/x-www-form-urlencoded}): key → values.
 * Keys are {@link AnswerKey}s: {@code age}, {@code family[2]/relative_name}, nested {@code
 * family[2]/detentions[1]/status}; group names may be included ({@code about_you/age}) and are
 * ignored. A select_multiple may arrive as several values (checkboxes) or one space-separated
 * value. The web layer removes its own fields (CSRF token, buttons) before validation: unknown
 * keys are refused. Immutable; {@link #toString()} shows only the number of keys.
 */
public final class RawAnswers {
  private final Map<String, List<String>> values;

  private RawAnswers(Map<String, List<String>> values) {
    this.values = values;
  }

  /** From a form-encoded body (as Javalin's {@code formParamMap()} gives it). */
  public static RawAnswers of(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new RawAnswers(Collections.unmodifiableMap(copy));
  }

  /** One value per key. */
  public static RawAnswers ofSingle(Map<String, String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.of(v)));
    return new RawAnswers(Collections.unmodifiableMap(copy));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Map<String, List<String>> values() {
    return values;
  }

  public int size() {
    return values.size();
  }

  @Override
  public String toString() {
    return "RawAnswers[" + values.size() + " keys]";
  }

  /** Collects answers key by key. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Adds a value under {@code key} (a second call adds a second value). */
    public Builder put(String key, String value) {
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      return this;
    }

    public RawAnswers build() {
      return RawAnswers.of(values);
    }
  }
}
