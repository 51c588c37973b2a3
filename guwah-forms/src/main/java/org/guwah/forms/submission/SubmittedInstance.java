package org.guwah.forms.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the form root or of one repeat instance: the accepted answers of the questions
 * directly in it (not in nested repeats), and the instances of the repeats directly in it.
 * Instances are numbered 1.. in the order their posted indexes sorted (gaps closed). Immutable.
 */
public final class SubmittedInstance {
  private final @Nullable String repeat;
  private final int index;
  private final String key;
  private final Map<String, Answer> answers;
  private final Map<String, List<SubmittedInstance>> repeats;

  SubmittedInstance(@Nullable String repeat, int index, String key, Map<String, Answer> answers,
      Map<String, List<SubmittedInstance>> repeats) {
    this.repeat = repeat;
    this.index = index;
    this.key = key;
    this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    Map<String, List<SubmittedInstance>> r = new LinkedHashMap<>();
    repeats.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.repeats = Collections.unmodifiableMap(r);
  }

  /** The repeat's name, or {@code null} for the form root. */
  public @Nullable String repeat() {
    return repeat;
  }

  /** 1-based instance index (0 for the root). */
  public int index() {
    return index;
  }

  /** The key prefix of this instance: {@code family[2]/detentions[1]}, empty for the root. */
  public String key() {
    return key;
  }

  /** Accepted answers by question name, in form order. */
  public Map<String, Answer> answers() {
    return answers;
  }

  public Optional<Answer> answer(String question) {
    return Optional.ofNullable(answers.get(question));
  }

  /** Instances of each repeat directly inside this one, by repeat name. */
  public Map<String, List<SubmittedInstance>> repeats() {
    return repeats;
  }

  /** Instances of one repeat (empty if none or not relevant). */
  public List<SubmittedInstance> repeat(String name) {
    return repeats.getOrDefault(name, List.of());
  }

  @Override
  public String toString() {
    return "SubmittedInstance[" + (key.isEmpty() ? "root" : key) + ", " + answers.size() + " answers]";
  }
}
