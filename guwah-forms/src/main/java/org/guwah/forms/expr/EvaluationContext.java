package org.guwah.forms.expr;

import java.time.LocalDate;

/**
 * Answers for one evaluation. Implementations resolve {@code ${name}} relative to the repeat
 * instance being evaluated: a field of the same instance (or outside any repeat) is one value, a
 * field in repeat instances not enclosing the current one is a node set. Unanswered fields are
 * {@link Value#EMPTY}. Implementations must not throw.
 */
public interface EvaluationContext {
  /** The value of field {@code name}. */
  Value field(String name);

  /** {@code count(${name})}: the instances of a repeat, or the answers of a field across instances. */
  int count(String name);

  /** The value of {@code .}: the field the expression belongs to. */
  Value current();

  /** A column of the choice being filtered; empty outside choice_filter. */
  default Value choiceColumn(String column) {
    return Value.EMPTY;
  }

  /** {@code position(..)}: the 1-based index of the innermost enclosing repeat instance (0 outside). */
  int position();

  /** {@code today()}. */
  LocalDate today();
}
