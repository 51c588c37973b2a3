package org.guwah.forms;

import java.util.List;

/**
 * A form file cannot be used: it carries every error found (and the warnings), each located by
 * sheet, row and column. {@link #getMessage()} counts the errors and names the first one; it holds
 * form structure only.
 */
public final class InvalidFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<FormProblem> errors;
  private final List<FormProblem> warnings;

  public InvalidFormException(List<FormProblem> errors, List<FormProblem> warnings) {
    super(summary(errors), null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid form has at least one error");
    }
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
  }

  private static String summary(List<FormProblem> errors) {
    if (errors.isEmpty()) {
      return "invalid form";
    }
    return errors.size() == 1 ? "the form has an error: " + errors.get(0)
        : "the form has " + errors.size() + " errors; first: " + errors.get(0);
  }

  /** Every error, in sheet and row order. */
  public List<FormProblem> errors() {
    return errors;
  }

  public List<FormProblem> warnings() {
    return warnings;
  }
}
