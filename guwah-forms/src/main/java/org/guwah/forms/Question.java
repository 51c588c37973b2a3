package org.guwah.forms;

import java.util.List;
import org.guwah.forms.expr.Expression;
import org.jspecify.annotations.Nullable;

/**
 * One question (or note) of a form. Immutable.
 *
 * @param listName the choice list of a select, else {@code null}
 * @param required when an answer is required; {@code null}: never ({@code yes} is {@code true()})
 * @param constraint checked against a non-empty answer, with {@code .} the answer
 * @param choiceFilter evaluated per choice, bare names being the choice's columns
 * @param appearance the known appearance keywords, in the order written
 * @param defaultValue the answer assumed when none is submitted (already checked against the type)
 * @param target the case-model field the answer fills, or {@code null}
 */
public record Question(
    String name,
    QuestionType type,
    @Nullable String listName,
    LocalizedText label,
    LocalizedText hint,
    @Nullable Expression required,
    LocalizedText requiredMessage,
    @Nullable Expression relevant,
    @Nullable Expression constraint,
    LocalizedText constraintMessage,
    @Nullable Expression choiceFilter,
    List<String> appearance,
    @Nullable String defaultValue,
    @Nullable MappingTarget target,
    List<String> path,
    List<String> repeatPath,
    int row) implements FormNode {

  public Question {
    appearance = List.copyOf(appearance);
    path = List.copyOf(path);
    repeatPath = List.copyOf(repeatPath);
    if (type.isSelect() != (listName != null)) {
      throw new IllegalArgumentException("selects, and only selects, name a choice list");
    }
  }

  /** Whether the question sits in a repeat. */
  public boolean repeated() {
    return !repeatPath.isEmpty();
  }

  public boolean hasAppearance(String keyword) {
    return appearance.contains(keyword);
  }
}
