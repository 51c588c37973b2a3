package org.guwah.web.questionnaires;

import java.time.Clock;
import java.util.List;
import org.guwah.store.questionnaires.QuestionnaireStore;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.pages.PageRoute;

/**
 * The questionnaire pages over one store: the documenters' routes (behind sessions) and the
 * respondents' routes (which must be served without sessions or cookies: register them with a
 * {@link org.guwah.web.pages.Pages} whose gate knows no sessions and that remembers no language).
 */
public final class Questionnaires {
  private final List<PageRoute> workspace;
  private final List<PageRoute> respondent;

  private Questionnaires(QuestionnaireStore store, CaseDesk desk, Clock clock, String quickExit) {
    FormCache forms = new FormCache(store, clock);
    this.workspace = QuestionnairePages.of(store, forms, desk);
    this.respondent = RespondentPages.of(store, forms, quickExit);
  }

  public static Questionnaires create(QuestionnaireStore store, CaseDesk desk, Clock clock, String quickExit) {
    return new Questionnaires(store, desk, clock, quickExit);
  }

  /** Documenters' routes. */
  public List<PageRoute> workspaceRoutes() {
    return workspace;
  }

  /** Respondents' routes. */
  public List<PageRoute> respondentRoutes() {
    return respondent;
  }

  @Override
  public String toString() {
    return "Questionnaires";
  }
}
