package org.guwah.store.questionnaires;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is stored of a questionnaire being uploaded: the parsed form's facts and the workbook's
 * bytes (kept so the form can be parsed again, downloaded, and audited).
 *
 * @param createdBy the documenter's account, null for a command-line upload
 */
public record NewQuestionnaire(String title, String formId, @Nullable String formVersion, List<String> languages,
    int questionCount, byte[] xlsx, @Nullable UUID createdBy) {
  public NewQuestionnaire {
    Objects.requireNonNull(title, "title");
    if (title.isBlank() || title.length() > 300) {
      throw new IllegalArgumentException("a questionnaire title has 1 to 300 characters");
    }
    Objects.requireNonNull(formId, "formId");
    languages = List.copyOf(languages);
    Objects.requireNonNull(xlsx, "xlsx");
  }
}
