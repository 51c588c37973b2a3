package org.guwah.forms.expr;

/**
 * What names an expression may use, checked when it is parsed: the form's fields (referenced as
 * {@code ${name}}), its repeats (only inside {@code count()}), and, in a {@code choice_filter}, the
 * columns of the choice list (bare names such as {@code country}).
 */
public interface ExpressionScope {
  /** What a {@code ${name}} reference names. */
  enum NameKind {
    FIELD,
    REPEAT,
    GROUP,
    UNKNOWN
  }

  NameKind kind(String name);

  /** Whether {@code name} is a column of the choice list being filtered (false outside choice_filter). */
  default boolean isChoiceColumn(String name) {
    return false;
  }

  /** Whether the expression belongs to something inside a repeat (so {@code position(..)} has a meaning). */
  default boolean insideRepeat() {
    return false;
  }

  /** A scope that knows every name as a field (tests, tools); bare names are choice columns. */
  static ExpressionScope permissive() {
    return new ExpressionScope() {
      @Override
      public NameKind kind(String name) {
        return NameKind.FIELD;
      }

      @Override
      public boolean isChoiceColumn(String name) {
        return true;
      }

      @Override
      public boolean insideRepeat() {
        return true;
      }
    };
  }
}
