package org.guwah.store.questionnaires;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A submission in the review queue, without its answers: the day it arrived (never the time), the
 * language it was answered in, its status, and the person it was linked to once reviewed.
 */
public record SubmissionSummary(UUID id, UUID questionnaireId, LocalDate receivedOn, String language,
    SubmissionStatus status, @Nullable UUID personId, int messages) {
  public SubmissionSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(questionnaireId, "questionnaireId");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(status, "status");
  }
}
