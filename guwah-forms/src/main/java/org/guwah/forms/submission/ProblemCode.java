package org.guwah.forms.submission;

/** What is wrong with an answer, with the built-in English text used when the form gives none. */
public enum ProblemCode {
  REQUIRED("This question needs an answer."),
  CONSTRAINT("This answer is not allowed."),
  NOT_INTEGER("Enter a whole number."),
  NOT_DECIMAL("Enter a number."),
  NOT_DATE("Enter a date as YYYY-MM-DD."),
  NOT_A_CHOICE("Choose one of the answers offered."),
  MULTIPLE_VALUES("Give only one answer."),
  TOO_LONG("This answer is too long."),
  TOO_MANY_INSTANCES("There are too many entries."),
  TOO_MANY_FIELDS("The submission has too many fields."),
  UNKNOWN_FIELD("The submission has fields this form does not have."),
  /** The answer cannot fill its case-model field (a fuzzy date, a county code, a range). */
  INVALID_FOR_CASE("This answer cannot be recorded in this form.");

  private final String english;

  ProblemCode(String english) {
    this.english = english;
  }

  /** The built-in English message. */
  public String english() {
    return english;
  }
}
