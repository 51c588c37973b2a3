package org.guwah.forms;

/** The question types supported; every other XLSForm type is refused when the form is loaded. */
public enum QuestionType {
  TEXT("text"),
  INTEGER("integer"),
  DECIMAL("decimal"),
  DATE("date"),
  SELECT_ONE("select_one"),
  SELECT_MULTIPLE("select_multiple"),
  /** A read-only text; takes no answer. */
  NOTE("note");

  private final String xlsformName;

  QuestionType(String xlsformName) {
    this.xlsformName = xlsformName;
  }

  /** The type as written in the {@code type} column. */
  public String xlsformName() {
    return xlsformName;
  }

  public boolean isSelect() {
    return this == SELECT_ONE || this == SELECT_MULTIPLE;
  }

  /** Whether the question takes an answer (all but notes). */
  public boolean takesAnswer() {
    return this != NOTE;
  }
}
