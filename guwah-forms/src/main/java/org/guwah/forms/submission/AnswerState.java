package org.guwah.forms.submission;

import org.guwah.forms.Question;
import org.guwah.forms.expr.Value;
import org.jspecify.annotations.Nullable;

/** One question's answer in one instance during a validation run. Mutable; one run only. */
final class AnswerState {
  final Question question;
  /** Canonical text, empty when unanswered. */
  String text = "";
  @Nullable Object typed;
  Value value = Value.EMPTY;
  @Nullable ProblemCode problem;
  @Nullable String problemMessage;
  boolean relevant = true;

  AnswerState(Question question) {
    this.question = question;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  void fail(ProblemCode code, @Nullable String message) {
    problem = code;
    problemMessage = message;
    typed = null;
  }
}
