package org.guwah.forms.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.guwah.forms.Question;
import org.guwah.forms.QuestionType;
import org.jspecify.annotations.Nullable;

/**
 * One accepted, non-empty answer of a relevant question, typed by the question's type. {@link
 * #text()} is the canonical text for every type: cleaned text (NFC, no control characters but
 * newline and tab, otherwise verbatim), {@code 42}, {@code 3.5}, {@code 2017-03-15}, a choice name,
 * or choice names separated by single spaces. The typed accessors throw {@link
 * IllegalStateException} for another type. Respondent data: {@link #toString()} leaves the value out.
 */
public final class Answer {
  private final Question question;
  private final String text;
  private final @Nullable Object typed;

  Answer(Question question, String text, @Nullable Object typed) {
    this.question = question;
    this.text = text;
    this.typed = typed;
  }

  public Question question() {
    return question;
  }

  public QuestionType type() {
    return question.type();
  }

  public String text() {
    return text;
  }

  /** An integer answer. */
  public long asLong() {
    return (Long) require(QuestionType.INTEGER);
  }

  /** A decimal (or integer) answer. */
  public BigDecimal asDecimal() {
    if (question.type() == QuestionType.INTEGER) {
      return BigDecimal.valueOf(asLong());
    }
    return (BigDecimal) require(QuestionType.DECIMAL);
  }

  /** A date answer (the first day of the month or year for the {@code month-year} and {@code year} appearances). */
  public LocalDate asDate() {
    return (LocalDate) require(QuestionType.DATE);
  }

  /** A select_one answer: the choice name. */
  public String asChoice() {
    return (String) require(QuestionType.SELECT_ONE);
  }

  /** A select_multiple answer: the choice names in the order given, without duplicates. */
  @SuppressWarnings("unchecked")
  public List<String> asChoices() {
    if (question.type() == QuestionType.SELECT_ONE) {
      return List.of(asChoice());
    }
    return (List<String>) require(QuestionType.SELECT_MULTIPLE);
  }

  private Object require(QuestionType type) {
    if (question.type() != type || typed == null) {
      throw new IllegalStateException("'" + question.name() + "' is a " + question.type().xlsformName() + " question");
    }
    return typed;
  }

  @Override
  public String toString() {
    return "Answer[" + question.name() + ", " + question.type().xlsformName() + ", <redacted>]";
  }
}
