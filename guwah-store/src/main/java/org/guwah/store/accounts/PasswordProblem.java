package org.guwah.store.accounts;

/** Why {@link PasswordPolicy} refuses a password; {@link #message()} never contains it. */
public enum PasswordProblem {
  /** Contains unpaired surrogates. */
  MALFORMED("is not well-formed Unicode text"),
  /** Fewer than {@value PasswordPolicy#MIN_CHARACTERS} characters. */
  TOO_SHORT("must be at least " + PasswordPolicy.MIN_CHARACTERS + " characters"),
  /** More than {@value PasswordPolicy#MAX_BYTES} bytes of UTF-8. */
  TOO_LONG("must be at most " + PasswordPolicy.MAX_BYTES + " bytes"),
  /** Contains control characters such as tab or newline (spaces are fine). */
  CONTROL_CHARACTERS("must not contain control characters (spaces are fine)"),
  /** Fewer than {@value PasswordPolicy#MIN_DISTINCT} different characters. */
  TOO_FEW_DISTINCT_CHARACTERS(
      "must use at least " + PasswordPolicy.MIN_DISTINCT + " different characters"),
  /** Equals or contains the login name, ignoring case. */
  CONTAINS_LOGIN_NAME("must not contain the login name"),
  /** A common password, a keyboard or alphabet run, or a common word with digits around it. */
  COMMON("is too common or too easy to guess");

  private final String message;

  PasswordProblem(String message) {
    this.message = message;
  }

  /** An English sentence fragment for field {@code password}, e.g. "must be at least 12 characters". */
  public String message() {
    return message;
  }
}
