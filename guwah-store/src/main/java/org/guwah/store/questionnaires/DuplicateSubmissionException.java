package org.guwah.store.questionnaires;

/**
 * The same filled-in form was sent twice (a double click, a resent request): the first one was
 * kept and counted; this one is not stored and uses nothing.
 */
public final class DuplicateSubmissionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DuplicateSubmissionException() {
    super("these answers were already received");
  }
}
