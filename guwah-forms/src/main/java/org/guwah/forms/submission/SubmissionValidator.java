package org.guwah.forms.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormLanguage;
import org.guwah.forms.Question;
import org.jspecify.annotations.Nullable;

/**
 * Validates submissions of one form. Semantics follow ODK: answers of irrelevant questions (and of
 * questions in irrelevant groups or repeats) are dropped and read as empty by later expressions;
 * {@code required} is checked on relevant empty answers, {@code constraint} on relevant non-empty
 * ones with {@code .} the answer; select answers must be choices of the list that pass the {@code
 * choice_filter}; a {@code repeat_count} fixes the number of instances (missing ones are empty,
 * extra ones dropped); a {@code default} stands for an answer whose key was not posted at all.
 * Answers mapped to the case model must also fit it (a fuzzy date, a six-digit county code, the
 * field's length).
 *
 * <p>Text answers keep any script and bidi marks; they are NFC-normalised and stripped of NUL and
 * other control characters except newline and tab. Integers, decimals and dates are parsed; a
 * select_multiple may come as several values or one space-separated value.
 *
 * <p>Immutable and thread-safe; create one per form and reuse it. {@code today()} comes from the
 * injected clock.
 */
public final class SubmissionValidator {
  private final FormDefinition form;
  private final Clock clock;
  private final SubmissionLimits limits;
  private final Map<String, List<Question>> directQuestions;

  private SubmissionValidator(FormDefinition form, Clock clock, SubmissionLimits limits) {
    this.form = form;
    this.clock = clock;
    this.limits = limits;
    Map<String, List<Question>> direct = new HashMap<>();
    for (Question q : form.questions()) {
      String scope = q.repeatPath().isEmpty() ? "" : q.repeatPath().get(q.repeatPath().size() - 1);
      direct.computeIfAbsent(scope, k -> new ArrayList<>()).add(q);
    }
    direct.replaceAll((k, v) -> List.copyOf(v));
    this.directQuestions = Map.copyOf(direct);
  }

  /** A validator with the system clock and {@link SubmissionLimits#defaults()}. */
  public static SubmissionValidator create(FormDefinition form) {
    return create(form, Clock.systemDefaultZone(), SubmissionLimits.defaults());
  }

  public static SubmissionValidator create(FormDefinition form, Clock clock, SubmissionLimits limits) {
    return new SubmissionValidator(form, clock, limits);
  }

  public FormDefinition form() {
    return form;
  }

  /**
   * Validates one submission.
   *
   * @param language the respondent's language tag ({@code ug}); messages fall back to the form's
   *     default language, then to built-in English. {@code null}: the default language.
   * @return the typed submission, or every problem found (never both)
   */
  public SubmissionResult validate(RawAnswers answers, @Nullable String language) {
    FormLanguage lang = form.language(language);
    LocalDate today = LocalDate.now(clock);
    return new ValidationRun(form, limits, lang, directQuestions, today).run(answers);
  }

  /**
   * The form as a respondent sees it with these answers: the relevant questions, groups and repeat
   * instances with their values, choices and problems, in {@code language}; and the submission
   * when nothing is wrong. Unknown keys are dropped (and reported as a problem).
   */
  public FormView view(RawAnswers answers, @Nullable String language) {
    FormLanguage lang = form.language(language);
    LocalDate today = LocalDate.now(clock);
    return new ValidationRun(form, limits, lang, directQuestions, today).view(answers);
  }
}
