package org.guwah.store.questionnaires;

/** No questionnaire, invitation, submission or codename with that id (the message names only the kind). */
public final class QuestionnaireNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  QuestionnaireNotFoundException(String kind) {
    super("no such " + kind);
  }
}
