package org.guwah.web.questionnaires;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.guwah.core.vocab.Language;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormLanguage;
import org.guwah.forms.FormNode;
import org.guwah.forms.Group;
import org.guwah.forms.Question;
import org.guwah.forms.submission.FormView;
import org.guwah.forms.submission.RawAnswers;
import org.guwah.forms.submission.SubmissionValidator;
import org.guwah.store.questionnaires.DuplicateSubmissionException;
import org.guwah.store.questionnaires.InvitationUnavailableException;
import org.guwah.store.questionnaires.Questionnaire;
import org.guwah.store.questionnaires.QuestionnaireNotFoundException;
import org.guwah.store.questionnaires.QuestionnaireStore;
import org.guwah.store.questionnaires.SubmissionMessage;
import org.guwah.web.api.Access;
import org.guwah.web.pages.Chrome;
import org.guwah.web.pages.PageCall;
import org.guwah.web.pages.PageResult;
import org.guwah.web.pages.PageRoute;
import org.jspecify.annotations.Nullable;

/**
 * What respondents see: the questionnaire at {@code /q/{token}} and, later, the replies to their
 * answers at {@code /replies} under the codename they were given.
 *
 * <ul>
 *   <li>The form is rendered on the server for the answers so far (relevance, choice filters,
 *       repeats: ODK semantics, {@link FormView}), so it works with JavaScript off; buttons add or
 *       remove a repeat instance and update the questions. Nothing is sent until the respondent
 *       presses send with every relevant question on screen.
 *   <li>No cookie is set, nothing is cached ({@code no-store}), no asset comes from elsewhere, the
 *       pages never see a workspace session; a quick-exit link leaves for a neutral site (with
 *       JavaScript, replacing this page in the history).
 *   <li>An unknown token answers 404, a used, expired or withdrawn one 410, both with the same
 *       page that says nothing about other tokens. A resent form (double click) is stored once.
 *   <li>The codename is never in an address: it is posted from a form.
 * </ul>
 */
public final class RespondentPages {
  /** Where the quick-exit link leads by default: a neutral, busy site. */
  public static final String DEFAULT_QUICK_EXIT = "https://www.wikipedia.org/";

  private static final Pattern INSTANCE_PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]{0,120}\\[\\d{1,4}]/){1,8}");
  private static final Set<String> RTL = Set.of("ug", "ar", "fa", "ur", "he", "ps", "ckb", "sd", "yi");

  private final QuestionnaireStore store;
  private final FormCache forms;
  private final String quickExit;

  private RespondentPages(QuestionnaireStore store, FormCache forms, String quickExit) {
    this.store = store;
    this.forms = forms;
    this.quickExit = quickExit;
  }

  static List<PageRoute> of(QuestionnaireStore store, FormCache forms, String quickExit) {
    RespondentPages p = new RespondentPages(store, forms, quickExit);
    return List.of(
        PageRoute.get("page:respondForm", "/q/{token}", Access.anyone(), p::form),
        PageRoute.post("page:respond", "/q/{token}", Access.anyone(), p::post),
        PageRoute.get("page:repliesForm", "/replies", Access.anyone(), p::repliesForm),
        PageRoute.post("page:replies", "/replies", Access.anyone(), p::replies),
        PageRoute.post("page:repliesAdd", "/replies/add", Access.anyone(), p::addToReplies));
  }

  // --- the questionnaire ---------------------------------------------------------------------

  private PageResult form(PageCall call) {
    Questionnaire q;
    try {
      q = store.admit(call.context().pathParam("token"));
    } catch (InvitationUnavailableException e) {
      return unavailable(call, e);
    }
    SubmissionValidator v = forms.validator(q.id());
    FormView view = v.view(RawAnswers.of(Map.of()), lang(call));
    return render(call, 200, q, v.form(), view, store.newNonce(), false, "");
  }

  private PageResult post(PageCall call) {
    String token = call.context().pathParam("token");
    Questionnaire q;
    try {
      q = store.admit(token);
    } catch (InvitationUnavailableException e) {
      return unavailable(call, e);
    }
    SubmissionValidator v = forms.validator(q.id());
    FormDefinition form = v.form();
    Map<String, List<String>> posted = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : call.context().formParamMap().entrySet()) {
      if (!e.getKey().startsWith("_")) {
        for (String value : e.getValue()) {
          if (value.length() > PageCall.MAX_FIELD) {
            return render(call, 413, q, form, v.view(RawAnswers.of(Map.of()), lang(call)), store.newNonce(), false,
                call.t().get("respond.tooLong"));
          }
        }
        posted.put(e.getKey(), e.getValue());
      }
    }
    String nonce = call.form("_nonce");
    if (!QuestionnaireStore.isNonce(nonce)) {
      nonce = store.newNonce();
    }
    String action = call.form("_action");
    action = action == null ? "submit" : action;
    if (action.startsWith("add:") && INSTANCE_PREFIX.matcher(action.substring(4)).matches()) {
      String prefix = action.substring(4);
      String first = firstQuestion(form, prefix);
      if (first != null) {
        posted.put(prefix + first, List.of(""));
      }
      return render(call, 200, q, form, v.view(RawAnswers.of(posted), lang(call)), nonce, false, "");
    }
    if (action.startsWith("remove:") && INSTANCE_PREFIX.matcher(action.substring(7)).matches()) {
      String prefix = action.substring(7);
      posted.keySet().removeIf(k -> k.startsWith(prefix));
      return render(call, 200, q, form, v.view(RawAnswers.of(posted), lang(call)), nonce, false, "");
    }
    FormView view = v.view(RawAnswers.of(posted), lang(call));
    if (!action.equals("submit")) {
      return render(call, 200, q, form, view, nonce, false, "");
    }
    if (view.submission().isEmpty()) {
      return render(call, 400, q, form, view, nonce, true, call.t().get("respond.problems"));
    }
    Set<String> shown = new HashSet<>(List.of(String.valueOf(call.form("_shown")).split(",")));
    if (!shown.containsAll(view.answerKeys())) {
      return render(call, 200, q, form, view, nonce, false, call.t().get("respond.newQuestions"));
    }
    String codename;
    try {
      codename = store.submit(token, nonce, view.language().code() == null ? lang(call) : view.language().code(),
          FormCache.canonical(view.submission().get().root()));
    } catch (InvitationUnavailableException e) {
      return unavailable(call, e);
    } catch (DuplicateSubmissionException e) {
      return PageResult.renderWithStatus(409, "respond-done.jte", "r", respondent(call, q.title(), lang(call)),
          "codename", "", "message", call.t().get("respond.duplicate"));
    }
    return PageResult.render("respond-done.jte", "r", respondent(call, q.title(), lang(call)), "codename", codename,
        "message", call.t().get("respond.thanks"));
  }

  private PageResult render(PageCall call, int status, Questionnaire q, FormDefinition form, FormView view, String nonce,
      boolean showProblems, String notice) {
    FormLanguage language = view.language();
    String lang = language.code() == null ? call.t().lang() : language.code();
    List<LanguageLink> languages = new ArrayList<>();
    for (FormLanguage l : form.languages()) {
      if (l.code() != null) {
        languages.add(new LanguageLink(nativeName(l), "/q/" + call.context().pathParam("token") + "?lang=" + l.code()));
      }
    }
    return PageResult.renderWithStatus(status, "respond-form.jte", "r", respondent(call, q.title(), lang),
        "items", view.items(), "allProblems", showProblems, "action", "/q/" + call.context().pathParam("token") + "?lang=" + lang, "nonce", nonce,
        "shown", String.join(",", view.answerKeys()), "notice", notice, "languages", languages,
        "problems", showProblems ? view.problems().stream().filter(p -> p.field() != null).toList() : List.of());
  }

  /** The first question (in form order, outside nested repeats) of the repeat a prefix ends in. */
  private static @Nullable String firstQuestion(FormDefinition form, String prefix) {
    String last = prefix.substring(0, prefix.length() - 1);
    last = last.substring(last.lastIndexOf('/') + 1);
    String repeat = last.substring(0, last.indexOf('['));
    return form.node(repeat).filter(n -> n instanceof Group && ((Group) n).repeat())
        .map(n -> firstIn(((Group) n).children())).orElse(null);
  }

  private static @Nullable String firstIn(List<FormNode> nodes) {
    for (FormNode n : nodes) {
      if (n instanceof Question && ((Question) n).type().takesAnswer()) {
        return n.name();
      }
      if (n instanceof Group && !((Group) n).repeat()) {
        String inner = firstIn(((Group) n).children());
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  private PageResult unavailable(PageCall call, InvitationUnavailableException e) {
    return PageResult.renderWithStatus(e.gone() ? 410 : 404, "respond-gone.jte", "r",
        respondent(call, call.t().get("respond.title"), call.t().lang()));
  }

  // --- replies under a codename --------------------------------------------------------------

  private PageResult repliesForm(PageCall call) {
    return replyPage(call, 200, "", List.of(), "");
  }

  private PageResult replies(PageCall call) {
    String codename = call.form("codename");
    try {
      java.util.UUID id = store.byCodename(codename == null ? "" : codename);
      return replyPage(call, 200, codename, store.messages(id), "");
    } catch (QuestionnaireNotFoundException e) {
      return replyPage(call, 404, "", List.of(), call.t().get("replies.unknown"));
    }
  }

  private PageResult addToReplies(PageCall call) {
    String codename = call.form("codename");
    String text = call.form("text");
    java.util.UUID id;
    try {
      id = store.byCodename(codename == null ? "" : codename);
    } catch (QuestionnaireNotFoundException e) {
      return replyPage(call, 404, "", List.of(), call.t().get("replies.unknown"));
    }
    if (text == null || text.length() > QuestionnaireStore.MAX_MESSAGE) {
      return replyPage(call, 400, codename, store.messages(id), call.t().get("replies.empty"));
    }
    store.addMessage(id, SubmissionMessage.Author.RESPONDENT, text);
    return replyPage(call, 200, codename, store.messages(id), call.t().get("replies.sent"));
  }

  private PageResult replyPage(PageCall call, int status, String codename, List<SubmissionMessage> messages,
      String notice) {
    return PageResult.renderWithStatus(status, "respond-replies.jte", "r",
        respondent(call, call.t().get("replies.title"), call.t().lang()), "codename", codename, "messages", messages,
        "notice", notice);
  }

  private RespondentChrome respondent(PageCall call, String title, String lang) {
    String base = lang.toLowerCase(Locale.ROOT);
    int dash = base.indexOf('-');
    base = dash > 0 ? base.substring(0, dash) : base;
    return new RespondentChrome(call.t(), title, lang, RTL.contains(base) ? "rtl" : "ltr", quickExit);
  }

  /** The form language asked for: {@code ?lang=} (any tag the form may have), else the interface's. */
  private static String lang(PageCall call) {
    String asked = call.query("lang");
    return asked != null && asked.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,2}") ? asked : call.t().lang();
  }

  private static String nativeName(FormLanguage l) {
    return Language.fromCode(l.code()).map(Chrome::nativeName).orElse(l.name().isEmpty() ? l.code() : l.name());
  }

  @Override
  public String toString() {
    return "RespondentPages";
  }
}
