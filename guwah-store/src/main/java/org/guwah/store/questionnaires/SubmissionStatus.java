package org.guwah.store.questionnaires;

import java.util.Locale;
import java.util.Optional;

/** Where a submission stands in the review queue. */
public enum SubmissionStatus {
  /** Waiting for a documenter. */
  NEW,
  /** Turned into case records (or linked to an existing person). */
  ACCEPTED,
  /** Set aside (spam, a test, a duplicate). */
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SubmissionStatus> fromCode(String code) {
    for (SubmissionStatus s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
