package org.guwah.forms.submission;

import java.util.Optional;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormLanguage;

/**
 * A validated submission: answers of relevant questions only, typed, choices checked (including
 * choice filters), constraints met. Immutable; respondent data ({@link #toString()} shows counts only).
 */
public final class Submission {
  private final FormDefinition form;
  private final FormLanguage language;
  private final SubmittedInstance root;

  Submission(FormDefinition form, FormLanguage language, SubmittedInstance root) {
    this.form = form;
    this.language = language;
    this.root = root;
  }

  public FormDefinition form() {
    return form;
  }

  /** The form language the respondent answered in. */
  public FormLanguage language() {
    return language;
  }

  public SubmittedInstance root() {
    return root;
  }

  /** An answer of a question outside any repeat. */
  public Optional<Answer> answer(String question) {
    return root.answer(question);
  }

  @Override
  public String toString() {
    return "Submission[" + form.id() + ", " + root.answers().size() + " top-level answers]";
  }
}
