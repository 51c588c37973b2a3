package org.guwah.forms.submission;

import org.jspecify.annotations.Nullable;

/**
 * A problem with one answer (or, with key {@link #FORM}, with the submission as a whole). The
 * message is the form's own (required_message, constraint_message) in the requested language,
 * falling back to the form's default language, then to built-in English. Never contains the answer.
 *
 * @param key the answer key ({@code family[2]/relative_name}), or {@link #FORM}
 * @param field the question name, or {@code null} for the whole submission
 */
public record FieldProblem(String key, @Nullable String field, ProblemCode code, String message) {
  /** The key of problems with the submission as a whole. */
  public static final String FORM = "_form";
}
