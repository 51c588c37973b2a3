package org.guwah.store.questionnaires;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded questionnaire: its title, the form's id and version, the languages its labels come
 * in, how many questions it has, and whether it still takes answers. The XLSForm itself is read
 * with {@link QuestionnaireStore#xlsx(UUID)}.
 */
public record Questionnaire(UUID id, String title, String formId, @Nullable String formVersion, List<String> languages,
    int questionCount, Instant createdAt, @Nullable Instant closedAt) {
  public Questionnaire {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(formId, "formId");
    languages = List.copyOf(languages);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether it still takes answers. */
  public boolean open() {
    return closedAt == null;
  }
}
