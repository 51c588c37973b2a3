package org.guwah.forms.submission;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Either a {@link Submission} or the problems of every bad field. Immutable. */
public final class SubmissionResult {
  private final @Nullable Submission submission;
  private final List<FieldProblem> problems;

  private SubmissionResult(@Nullable Submission submission, List<FieldProblem> problems) {
    this.submission = submission;
    this.problems = List.copyOf(problems);
  }

  static SubmissionResult valid(Submission s) {
    return new SubmissionResult(s, List.of());
  }

  static SubmissionResult invalid(List<FieldProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid result has problems");
    }
    return new SubmissionResult(null, problems);
  }

  public boolean isValid() {
    return submission != null;
  }

  /** The submission; {@link IllegalStateException} if it was invalid. */
  public Submission submission() {
    if (submission == null) {
      throw new IllegalStateException("the submission is invalid: " + problems.size() + " problems");
    }
    return submission;
  }

  public Optional<Submission> asOptional() {
    return Optional.ofNullable(submission);
  }

  /** Problems in form order (empty when valid). */
  public List<FieldProblem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return isValid() ? "SubmissionResult[valid]" : "SubmissionResult[" + problems.size() + " problems]";
  }
}
