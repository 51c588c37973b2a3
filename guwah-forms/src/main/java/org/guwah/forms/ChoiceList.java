package org.guwah.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A named list of choices in sheet order, with the extra columns its choices carry. Immutable. */
public final class ChoiceList {
  private final String name;
  private final List<Choice> choices;
  private final Map<String, Choice> byName;
  private final Set<String> columns;

  public ChoiceList(String name, List<Choice> choices, Set<String> columns) {
    this.name = name;
    this.choices = List.copyOf(choices);
    Map<String, Choice> m = new LinkedHashMap<>();
    for (Choice c : this.choices) {
      if (m.putIfAbsent(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate choice in list " + name);
      }
    }
    this.byName = java.util.Collections.unmodifiableMap(m);
    this.columns = Set.copyOf(columns);
  }

  public String name() {
    return name;
  }

  public List<Choice> choices() {
    return choices;
  }

  public Optional<Choice> choice(String choiceName) {
    return Optional.ofNullable(byName.get(choiceName));
  }

  /** The extra column names (lower case) present on this list's rows. */
  public Set<String> columns() {
    return columns;
  }

  @Override
  public String toString() {
    return "ChoiceList[" + name + ", " + choices.size() + " choices]";
  }
}
