package org.guwah.web.questionnaires;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.guwah.forms.XlsForm;
import org.guwah.forms.submission.SubmissionLimits;
import org.guwah.forms.submission.SubmissionValidator;
import org.guwah.forms.submission.SubmittedInstance;
import org.guwah.store.questionnaires.QuestionnaireStore;

/**
 * The parsed form of each questionnaire, parsed once from the stored workbook (a stored form never
 * changes; a new version is a new questionnaire).
 */
final class FormCache {
  private final QuestionnaireStore store;
  private final Clock clock;
  private final Map<UUID, SubmissionValidator> validators = new ConcurrentHashMap<>();

  FormCache(QuestionnaireStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  SubmissionValidator validator(UUID questionnaireId) {
    return validators.computeIfAbsent(questionnaireId, id -> SubmissionValidator.create(XlsForm.parse(store.xlsx(id)),
        clock, SubmissionLimits.defaults()));
  }

  /** The accepted answers as key → values, keys numbered as the submission numbers them. */
  static Map<String, List<String>> canonical(SubmittedInstance root) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    collect(root, out);
    return out;
  }

  private static void collect(SubmittedInstance inst, Map<String, List<String>> out) {
    String prefix = inst.key().isEmpty() ? "" : inst.key() + "/";
    inst.answers().forEach((name, answer) -> out.put(prefix + name, List.of(answer.text())));
    for (List<SubmittedInstance> list : inst.repeats().values()) {
      for (SubmittedInstance child : list) {
        collect(child, out);
      }
    }
  }
}
