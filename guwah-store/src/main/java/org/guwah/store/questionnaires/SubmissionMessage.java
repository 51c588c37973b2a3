package org.guwah.store.questionnaires;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One message about a submission: information the respondent added later under their codename, or
 * a documenter's reply. Identity data ({@link #toString()} leaves the text out).
 */
public record SubmissionMessage(Author author, LocalDate sentOn, String text) {
  public SubmissionMessage {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(sentOn, "sentOn");
    Objects.requireNonNull(text, "text");
  }

  /** Who wrote a message. */
  public enum Author {
    RESPONDENT,
    DOCUMENTER;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return "SubmissionMessage[" + author + ", " + sentOn + ", <text>]";
  }
}
