package org.guwah.web.questionnaires;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.guwah.core.people.Person;
import org.guwah.core.validation.ValidationException;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormProblem;
import org.guwah.forms.InvalidFormException;
import org.guwah.forms.Question;
import org.guwah.forms.XlsForm;
import org.guwah.forms.mapping.MappedCase;
import org.guwah.forms.submission.RawAnswers;
import org.guwah.forms.submission.SubmissionResult;
import org.guwah.forms.submission.SubmissionValidator;
import org.guwah.forms.xlsx.XlsxLimits;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.cases.Shown;
import org.guwah.store.questionnaires.InvitationUnavailableException;
import org.guwah.store.questionnaires.IssuedInvitation;
import org.guwah.store.questionnaires.NewQuestionnaire;
import org.guwah.store.questionnaires.Questionnaire;
import org.guwah.store.questionnaires.QuestionnaireNotFoundException;
import org.guwah.store.questionnaires.QuestionnaireStore;
import org.guwah.store.questionnaires.SubmissionMessage;
import org.guwah.store.questionnaires.SubmissionStatus;
import org.guwah.store.questionnaires.SubmissionSummary;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.multipart.MalformedMultipartException;
import org.guwah.web.multipart.MultipartPart;
import org.guwah.web.multipart.MultipartReader;
import org.guwah.web.multipart.MultipartTooLargeException;
import org.guwah.web.pages.PageCall;
import org.guwah.web.pages.PageResult;
import org.guwah.web.pages.PageRoute;
import org.jspecify.annotations.Nullable;

/**
 * The documenters' side of questionnaires: upload an XLSForm (every problem reported by sheet, row
 * and column), issue invitations (single- or N-use, expiring; the links are shown once) and
 * withdraw them, stop a questionnaire, and work through the review queue: read a submission
 * (audited), reply to the respondent under their codename, turn it into case records (a new person,
 * or a manual link to an existing one) or set it aside.
 */
public final class QuestionnairePages {
  static final Access DOCUMENTER = Access.roles(Role.DOCUMENTER);
  /** Largest XLSForm upload, in bytes (the reader's own limit). */
  static final long MAX_UPLOAD = XlsxLimits.forms().maxInputBytes();

  private final QuestionnaireStore store;
  private final FormCache forms;
  private final CaseDesk desk;
  private final SubmissionRecords records;

  private QuestionnairePages(QuestionnaireStore store, FormCache forms, CaseDesk desk) {
    this.store = store;
    this.forms = forms;
    this.desk = desk;
    this.records = new SubmissionRecords(desk);
  }

  static List<PageRoute> of(QuestionnaireStore store, FormCache forms, CaseDesk desk) {
    QuestionnairePages p = new QuestionnairePages(store, forms, desk);
    return List.of(
        PageRoute.get("page:questionnaires", "/questionnaires", DOCUMENTER, call -> p.list(call, 200, List.of(), "")),
        PageRoute.upload("page:uploadQuestionnaire", "/questionnaires", DOCUMENTER, p::upload),
        PageRoute.get("page:questionnaire", "/questionnaires/{id}", DOCUMENTER, call -> p.detail(call, 200, List.of(), "")),
        PageRoute.post("page:issueInvitations", "/questionnaires/{id}/invitations", DOCUMENTER, p::issue),
        PageRoute.post("page:revokeInvitation", "/questionnaires/{id}/invitations/{invitation}/revoke", DOCUMENTER,
            p::revoke),
        PageRoute.post("page:closeQuestionnaire", "/questionnaires/{id}/close", DOCUMENTER, p::close),
        PageRoute.get("page:submissions", "/questionnaires/{id}/submissions", DOCUMENTER, p::queue),
        PageRoute.get("page:submission", "/submissions/{id}", DOCUMENTER, call -> p.submission(call, 200, "")),
        PageRoute.post("page:replyToSubmission", "/submissions/{id}/reply", DOCUMENTER, p::reply),
        PageRoute.post("page:acceptSubmission", "/submissions/{id}/accept", DOCUMENTER, p::accept),
        PageRoute.post("page:rejectSubmission", "/submissions/{id}/reject", DOCUMENTER, p::reject));
  }

  // --- questionnaires ------------------------------------------------------------------------

  private PageResult list(PageCall call, int status, List<FormProblem> problems, String message) {
    return PageResult.renderWithStatus(status, "questionnaires.jte", "questionnaires", store.list(), "waiting",
        store.waiting(), "problems", problems, "message", message);
  }

  private PageResult upload(PageCall call) throws IOException {
    MultipartReader body = call.multipart();
    if (body == null) {
      return list(call, 400, List.of(), call.t().get("qn.noFile"));
    }
    body.maxBytes(MAX_UPLOAD + 64 * 1024);
    byte[] bytes = null;
    String typedTitle = null;
    try {
      for (MultipartPart part = body.next(); part != null; part = body.next()) {
        if (part.name().equals("xlsform") && part.isFile() && bytes == null) {
          try (InputStream in = part.body()) {
            bytes = in.readNBytes((int) MAX_UPLOAD + 1);
          }
        } else if (part.name().equals("title") && !part.isFile()) {
          typedTitle = part.text(4 * 300).strip();
        }
      }
    } catch (MultipartTooLargeException e) {
      return list(call, 413, List.of(), call.t().get("qn.tooLarge"));
    } catch (MalformedMultipartException e) {
      return list(call, 400, List.of(), call.t().get("qn.noFile"));
    }
    if (bytes == null || bytes.length == 0) {
      return list(call, 400, List.of(), call.t().get("qn.noFile"));
    }
    if (bytes.length > MAX_UPLOAD) {
      return list(call, 413, List.of(), call.t().get("qn.tooLarge"));
    }
    FormDefinition form;
    try {
      form = XlsForm.parse(bytes);
    } catch (InvalidFormException e) {
      return list(call, 400, e.errors(), call.t().get("qn.formErrors"));
    }
    String title = typedTitle == null || typedTitle.isEmpty() ? form.title() : typedTitle;
    if (title.isBlank()) {
      title = form.id();
    }
    if (title.length() > 300) {
      return list(call, 400, List.of(), call.t().get("qn.titleTooLong"));
    }
    List<String> languages = form.languages().stream().map(l -> l.code() != null ? l.code() : l.display())
        .filter(s -> !s.isEmpty()).toList();
    Session session = call.requireSession();
    Questionnaire q = store.add(new NewQuestionnaire(title, form.id(), form.version().orElse(null), languages,
        (int) form.questions().stream().filter(x -> x.type().takesAnswer()).count(), bytes, session.accountId()));
    desk.audit().append(CaseDesk.entry(session, AuditAction.CREATE, "questionnaire").withRecords(List.of(q.id())));
    return PageResult.redirect("/questionnaires/" + q.id());
  }

  private Questionnaire questionnaire(PageCall call) {
    return store.get(call.pathUuid("id")).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
  }

  private PageResult detail(PageCall call, int status, List<IssuedInvitation> issued, String message) {
    Questionnaire q = questionnaire(call);
    FormDefinition form = forms.validator(q.id()).form();
    return PageResult.renderWithStatus(status, "questionnaire.jte", "q", q, "form", form, "invitations",
        store.invitations(q.id()), "issued", issued, "message", message, "now", java.time.Instant.now(),
        "waiting", store.waiting().getOrDefault(q.id(), 0));
  }

  private PageResult issue(PageCall call) {
    Questionnaire q = questionnaire(call);
    int count = number(call.form("count"), 1);
    int uses = number(call.form("uses"), 1);
    int days = number(call.form("days"), 14);
    List<IssuedInvitation> issued;
    try {
      issued = store.issue(q.id(), count, uses, Duration.ofDays(Math.max(0, days)));
    } catch (IllegalArgumentException e) {
      return detail(call, 400, List.of(), call.t().get("qn.badNumbers"));
    } catch (InvitationUnavailableException e) {
      return detail(call, 409, List.of(), call.t().get("qn.closed"));
    }
    Session session = call.requireSession();
    desk.audit().append(CaseDesk.entry(session, AuditAction.CREATE, "invitation").withRecords(List.of(q.id()))
        .withDetail("count", issued.size()));
    return detail(call, 200, issued, "");
  }

  private static int number(@Nullable String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private PageResult revoke(PageCall call) {
    Questionnaire q = questionnaire(call);
    UUID invitation = call.pathUuid("invitation");
    try {
      store.revoke(q.id(), invitation);
    } catch (QuestionnaireNotFoundException e) {
      throw ApiException.of(ErrorCode.NOT_FOUND);
    }
    Session session = call.requireSession();
    desk.audit().append(CaseDesk.entry(session, AuditAction.UPDATE, "invitation").withRecords(List.of(invitation)));
    return PageResult.redirect("/questionnaires/" + q.id() + "#invitations");
  }

  private PageResult close(PageCall call) {
    Questionnaire q = questionnaire(call);
    store.close(q.id());
    Session session = call.requireSession();
    desk.audit().append(CaseDesk.entry(session, AuditAction.UPDATE, "questionnaire").withRecords(List.of(q.id())));
    return PageResult.redirect("/questionnaires/" + q.id());
  }

  // --- review queue --------------------------------------------------------------------------

  private PageResult queue(PageCall call) {
    Questionnaire q = questionnaire(call);
    String status = call.query("status");
    SubmissionStatus wanted = status == null ? SubmissionStatus.NEW : SubmissionStatus.fromCode(status).orElse(null);
    return PageResult.render("submissions.jte", "q", q, "submissions", store.queue(q.id(), wanted), "status",
        wanted == null ? "all" : wanted.code());
  }

  private SubmissionSummary summary(PageCall call) {
    return store.submission(call.pathUuid("id")).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
  }

  private PageResult submission(PageCall call, int status, String message) {
    SubmissionSummary s = summary(call);
    Questionnaire q = store.get(s.questionnaireId()).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    SubmissionValidator v = forms.validator(q.id());
    Map<String, List<String>> answers = store.answers(s.id());
    List<SubmissionMessage> messages = store.messages(s.id());
    Session session = call.requireSession();
    desk.audit().append(CaseDesk.entry(session, AuditAction.READ_IDENTITY, "questionnaire_submission").withRecords(List.of(s.id())));
    return PageResult.renderWithStatus(status, "submission.jte", "q", q, "s", s, "rows", rows(v.form(), answers,
        call.t().lang()), "messages", messages, "message", message);
  }

  /** One answer as the documenter reads it: the question's label and the answer (choice labels for selects). */
  public record AnswerRow(String key, String label, String value) {}

  static List<AnswerRow> rows(FormDefinition form, Map<String, List<String>> answers, String lang) {
    String def = form.defaultLanguage().key();
    String key = form.language(lang).key();
    List<AnswerRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : answers.entrySet()) {
      String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      Optional<Question> q = form.question(name);
      String label = q.map(x -> x.label().resolve(key, def)).filter(l -> !l.isEmpty()).orElse(name);
      String value = String.join(" ", e.getValue());
      if (q.isPresent() && q.get().type().isSelect()) {
        List<String> labels = new ArrayList<>();
        for (String choice : value.split("\\s+")) {
          labels.add(form.choicesOf(q.get()).choice(choice).map(c -> c.label().resolve(key, def))
              .filter(l -> !l.isEmpty()).orElse(choice));
        }
        value = String.join(", ", labels);
      }
      rows.add(new AnswerRow(e.getKey(), label, value));
    }
    return rows;
  }

  private PageResult reply(PageCall call) {
    SubmissionSummary s = summary(call);
    String text = call.form("text");
    if (text == null || text.length() > QuestionnaireStore.MAX_MESSAGE) {
      return submission(call, 400, call.t().get("replies.empty"));
    }
    store.addMessage(s.id(), SubmissionMessage.Author.DOCUMENTER, text);
    Session session = call.requireSession();
    desk.audit().append(CaseDesk.entry(session, AuditAction.CREATE, "questionnaire_message").withRecords(List.of(s.id())));
    return PageResult.redirect("/submissions/" + s.id() + "#messages");
  }

  private PageResult accept(PageCall call) {
    SubmissionSummary s = summary(call);
    if (s.status() != SubmissionStatus.NEW) {
      return submission(call, 409, call.t().get("sub.alreadyReviewed"));
    }
    Session session = call.requireSession();
    Person existing = null;
    String link = call.form("personId");
    if (link != null) {
      UUID id;
      try {
        id = UUID.fromString(link);
      } catch (IllegalArgumentException e) {
        return submission(call, 400, call.t().get("sub.noSuchPerson"));
      }
      Optional<Shown<Person>> p = desk.get(session, desk.store().persons(), id);
      if (p.isEmpty() || !p.get().full()) {
        return submission(call, 400, call.t().get("sub.noSuchPerson"));
      }
      existing = p.get().record();
    }
    Questionnaire q = store.get(s.questionnaireId()).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    SubmissionResult result = forms.validator(q.id()).validate(RawAnswers.of(store.answers(s.id())), s.language());
    if (!result.isValid()) {
      return submission(call, 400, call.t().get("sub.noLongerValid"));
    }
    MappedCase mapped = MappedCase.from(result.submission());
    Person link2 = existing;
    UUID person;
    try {
      person = desk.store().inTransaction(h -> {
        UUID respondent = records.create(h, session, mapped, q.title(), s.language(), s.receivedOn(), link2);
        store.accept(h, s.id(), respondent, session.accountId());
        desk.audit().appendWithin(h, CaseDesk.entry(session, AuditAction.UPDATE, "questionnaire_submission").withRecords(List.of(s.id())));
        return respondent;
      });
    } catch (ValidationException e) {
      return submission(call, 400, call.t().get("sub.doesNotFit") + " " + String.join(", ", e.fieldErrors().keySet()));
    } catch (QuestionnaireNotFoundException e) {
      return submission(call, 409, call.t().get("sub.alreadyReviewed"));
    }
    return PageResult.redirect("/persons/" + Objects.requireNonNull(person));
  }

  private PageResult reject(PageCall call) {
    SubmissionSummary s = summary(call);
    Session session = call.requireSession();
    try {
      store.reject(s.id(), session.accountId());
    } catch (QuestionnaireNotFoundException e) {
      return submission(call, 409, call.t().get("sub.alreadyReviewed"));
    }
    desk.audit().append(CaseDesk.entry(session, AuditAction.UPDATE, "questionnaire_submission").withRecords(List.of(s.id())));
    return PageResult.redirect("/questionnaires/" + s.questionnaireId() + "/submissions");
  }

  @Override
  public String toString() {
    return "QuestionnairePages";
  }
}
