package org.guwah.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.time.InvalidFuzzyDateException;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.cases.CaseFacet;
import org.guwah.store.cases.CaseList;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Shown;
import org.guwah.store.cases.Slice;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.auth.SignIns;
import org.guwah.web.cases.CaseDesk;
import org.jspecify.annotations.Nullable;

/**
 * The documenters' workspace: sign-in (password, then authenticator code), the faceted case list,
 * a person's case page (relatives, incidents, detentions, sources), and forms to record a person, a
 * relative (a protected third party who never consented, by default), a testimony, an incident
 * and a detention. Reads and writes go through {@link CaseDesk}: consent-scoped and audited.
 */
public final class WorkspacePages {
  static final Access READ = Access.roles(Role.DOCUMENTER, Role.ANALYST, Role.PUBLISHER, Role.PARTNER);
  static final Access WRITE = Access.roles(Role.DOCUMENTER);
  private static final int PAGE = 50;

  private final CaseDesk desk;
  private final SignIns signIns;
  private final AttachmentShelf attachments;
  private final CorroborationShelf corroboration;

  private WorkspacePages(CaseDesk desk, SignIns signIns, AttachmentShelf attachments,
      CorroborationShelf corroboration) {
    this.desk = desk;
    this.signIns = signIns;
    this.attachments = attachments;
    this.corroboration = corroboration;
  }

  /** Every workspace page route, with case pages that list no attachments. */
  public static List<PageRoute> of(CaseDesk desk, SignIns signIns) {
    return of(desk, signIns, AttachmentShelf.none());
  }

  /** Every workspace page route; case pages list each record's attachments from {@code attachments}. */
  public static List<PageRoute> of(CaseDesk desk, SignIns signIns, AttachmentShelf attachments) {
    return of(desk, signIns, attachments, CorroborationShelf.none());
  }

  /**
   * Every workspace page route; case pages list each record's attachments from {@code attachments}
   * and the list rows that corroborate the person from {@code corroboration}.
   */
  public static List<PageRoute> of(CaseDesk desk, SignIns signIns, AttachmentShelf attachments,
      CorroborationShelf corroboration) {
    WorkspacePages w = new WorkspacePages(desk, signIns, attachments, corroboration);
    return List.of(
        PageRoute.get("page:home", "/", Access.anyone(), call -> PageResult.redirect("/cases")),
        PageRoute.get("page:signInForm", "/sign-in", Access.anyone(), w::signInForm),
        PageRoute.post("page:signIn", "/sign-in", Access.anyone(), w::signIn),
        PageRoute.get("page:secondFactorForm", "/sign-in/second-factor", Access.signingIn(), w::secondFactorForm),
        PageRoute.post("page:secondFactor", "/sign-in/second-factor", Access.signingIn(), w::secondFactor),
        PageRoute.post("page:signOut", "/sign-out", Access.signingIn(), w::signOut),
        PageRoute.get("page:cases", "/cases", READ, w::cases),
        PageRoute.get("page:newPerson", "/persons/new", WRITE, call -> w.personForm(call, new FormState(), null)),
        PageRoute.post("page:createPerson", "/persons", WRITE, w::createPerson),
        PageRoute.get("page:person", "/persons/{id}", READ, w::person),
        PageRoute.get("page:editPerson", "/persons/{id}/edit", WRITE, w::editPersonForm),
        PageRoute.post("page:updatePerson", "/persons/{id}", WRITE, w::updatePerson),
        PageRoute.get("page:newRelative", "/persons/{id}/relatives/new", WRITE, call -> w.relativeForm(call, new FormState())),
        PageRoute.post("page:createRelative", "/persons/{id}/relatives", WRITE, w::createRelative),
        PageRoute.get("page:newSource", "/persons/{id}/sources/new", WRITE, call -> w.sourceForm(call, new FormState())),
        PageRoute.post("page:createSource", "/persons/{id}/sources", WRITE, w::createSource),
        PageRoute.get("page:editSource", "/persons/{id}/sources/{rid}/edit", WRITE, w::editSourceForm),
        PageRoute.post("page:updateSource", "/persons/{id}/sources/{rid}", WRITE, w::updateSource),
        PageRoute.get("page:newIncident", "/persons/{id}/incidents/new", WRITE, call -> w.incidentForm(call, new FormState())),
        PageRoute.post("page:createIncident", "/persons/{id}/incidents", WRITE, w::createIncident),
        PageRoute.get("page:editIncident", "/persons/{id}/incidents/{rid}/edit", WRITE, w::editIncidentForm),
        PageRoute.post("page:updateIncident", "/persons/{id}/incidents/{rid}", WRITE, w::updateIncident),
        PageRoute.get("page:newDetention", "/persons/{id}/detentions/new", WRITE, call -> w.detentionForm(call, new FormState())),
        PageRoute.post("page:createDetention", "/persons/{id}/detentions", WRITE, w::createDetention),
        PageRoute.get("page:editDetention", "/persons/{id}/detentions/{rid}/edit", WRITE, w::editDetentionForm),
        PageRoute.post("page:updateDetention", "/persons/{id}/detentions/{rid}", WRITE, w::updateDetention),
        PageRoute.get("page:asset", "/assets/{file}", Access.anyone(), Assets::serve));
  }

  // --- sign-in -------------------------------------------------------------------------------

  private PageResult signInForm(PageCall call) {
    Session s = call.session();
    if (s != null && s.authenticated()) {
      return PageResult.redirect("/cases");
    }
    return PageResult.render("sign-in.jte", "message", "");
  }

  private PageResult signIn(PageCall call) {
    String login = call.form("loginName");
    String password = call.context().formParam("password");
    if (login == null || password == null || password.isEmpty() || login.length() > 200 || password.length() > 1000) {
      return PageResult.renderWithStatus(400, "sign-in.jte", "message", call.t().get("signIn.failed"));
    }
    try {
      signIns.password(call.context(), login, password);
    } catch (ApiException e) {
      String message = e.code() == ErrorCode.TOO_MANY_REQUESTS ? call.t().get("signIn.throttled") : call.t().get("signIn.failed");
      return PageResult.renderWithStatus(e.code().status(), "sign-in.jte", "message", message);
    }
    return PageResult.redirect("/sign-in/second-factor?lang=" + call.t().lang());
  }

  private PageResult secondFactorForm(PageCall call) {
    if (call.requireSession().authenticated()) {
      return PageResult.redirect("/cases");
    }
    return PageResult.render("second-factor.jte", "message", "");
  }

  private PageResult secondFactor(PageCall call) {
    String code = call.form("code");
    String recovery = call.form("recoveryCode");
    if ((code == null) == (recovery == null)) {
      return PageResult.renderWithStatus(400, "second-factor.jte", "message", call.t().get("signIn.failed"));
    }
    try {
      signIns.secondFactor(call.context(), call.requireSession(), code, recovery);
    } catch (ApiException e) {
      if (e.code() == ErrorCode.NOT_SIGNED_IN) {
        return PageResult.redirect("/sign-in");
      }
      String message = e.code() == ErrorCode.TOO_MANY_REQUESTS ? call.t().get("signIn.throttled") : call.t().get("signIn.failed");
      return PageResult.renderWithStatus(e.code().status(), "second-factor.jte", "message", message);
    }
    return PageResult.redirect("/cases");
  }

  private PageResult signOut(PageCall call) {
    signIns.signOut(call.context(), call.requireSession());
    return PageResult.redirect("/sign-in");
  }

  // --- case list -----------------------------------------------------------------------------

  private PageResult cases(PageCall call) {
    Map<CaseFacet, String> selected = new EnumMap<>(CaseFacet.class);
    for (CaseFacet f : CaseFacet.values()) {
      String v = call.query(f.param());
      if (v != null) {
        selected.put(f, v);
      }
    }
    UUID after = null;
    String cursor = call.query("after");
    if (cursor != null) {
      try {
        after = UUID.fromString(cursor);
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("after", "is not a record id");
      }
    }
    Session session = call.requireSession();
    UUID from = after;
    CaseList list;
    try {
      list = desk.store().jdbi().withHandle(h -> desk.store().facets().list(h, desk.reading(session), selected, PAGE, from));
    } catch (ValidationException e) {
      selected.clear();
      list = desk.store().jdbi().withHandle(h -> desk.store().facets().list(h, desk.reading(session), Map.of(), PAGE, null));
    }
    desk.auditShown(session, "person", list.page().items());
    return PageResult.render("cases.jte", "v", new CaseListView(list, selected, call.t()));
  }

  // --- case page -----------------------------------------------------------------------------

  private PageResult person(PageCall call) {
    Session session = call.requireSession();
    UUID id = call.pathUuid("id");
    Shown<Person> person = desk.get(session, desk.store().persons(), id)
        .orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    String pid = id.toString();
    List<Shown<Relationship>> ties = listAll(session, desk.store().relationships(), "personId", pid);
    List<CaseView.Relative> relatives = new ArrayList<>();
    for (Shown<Relationship> tie : ties) {
      UUID other = tie.record().personId().equals(id) ? tie.record().relatedPersonId() : tie.record().personId();
      desk.get(session, desk.store().persons(), other)
          .ifPresent(p -> relatives.add(new CaseView.Relative(tie.record().kind(), p)));
    }
    List<Shown<Incident>> incidents = listAll(session, desk.store().incidents(), "personId", pid);
    List<Shown<Detention>> detentions = new ArrayList<>(listAll(session, desk.store().detentions(), "personId", pid));
    for (CaseView.Relative r : relatives) {
      detentions.addAll(listAll(session, desk.store().detentions(), "personId", r.person().id().toString()));
    }
    List<Shown<Source>> sources = new ArrayList<>(listAll(session, desk.store().sources(), "reporterPersonId", pid));
    for (UUID sid : person.record().sourceIds()) {
      if (sources.stream().noneMatch(s -> s.id().equals(sid))) {
        desk.get(session, desk.store().sources(), sid).ifPresent(sources::add);
      }
    }
    boolean canWrite = session.roles().contains(Role.DOCUMENTER) && person.full();
    Map<UUID, List<AttachmentLine>> files = new java.util.HashMap<>();
    files.put(id, attachments.lines(session, "person", id, person.full()));
    incidents.forEach(i -> files.put(i.id(), attachments.lines(session, "incident", i.id(), i.full())));
    detentions.forEach(d -> files.put(d.id(), attachments.lines(session, "detention", d.id(), d.full())));
    sources.forEach(s -> files.put(s.id(), attachments.lines(session, "source", s.id(), s.full())));
    return PageResult.render("person.jte", "v",
        new CaseView(person, relatives, incidents, detentions, sources, files, canWrite, history(person),
            corroboration.of(session, person), call.t()));
  }

  /** The person's audited writes, newest first, for readers who see the person in full. */
  private List<CaseView.HistoryLine> history(Shown<Person> person) {
    if (!person.full()) {
      return List.of();
    }
    java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(java.time.ZoneOffset.UTC);
    List<CaseView.HistoryLine> lines = new ArrayList<>();
    for (org.guwah.store.audit.AuditRecord r : desk.audit().writesOf(person.id(), 50)) {
      if (r.readable()) {
        String actor = r.entry().actor();
        int colon = actor.indexOf(':');
        String shortActor = colon > 0 && actor.length() > colon + 8 ? actor.substring(colon + 1, colon + 9) : actor;
        lines.add(new CaseView.HistoryLine(minute.format(r.at()), r.entry().action().code(), shortActor));
      }
    }
    return lines;
  }

  private <T> List<Shown<T>> listAll(Session session, RecordStore<T, ?> records, String filter, String value) {
    Slice<Shown<T>> slice = desk.list(session, records, new ListQuery(Map.of(filter, value), 200, null));
    return slice.items();
  }

  private Shown<Person> writablePerson(PageCall call) {
    Session session = call.requireSession();
    Shown<Person> p = desk.get(session, desk.store().persons(), call.pathUuid("id"))
        .orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    if (!p.full()) {
      throw ApiException.of(ErrorCode.FORBIDDEN);
    }
    return p;
  }

  // --- person --------------------------------------------------------------------------------

  private PageResult personForm(PageCall call, FormState f, @Nullable Integer status) {
    return PageResult.renderWithStatus(status == null ? 200 : status, "person-form.jte", "f", f,
        "action", "/persons", "title", call.t().get("person.new"), "relative", false);
  }

  private PageResult createPerson(PageCall call) {
    FormState f = new FormState();
    Optional<Person> person = readPerson(call, f, false, List.of());
    if (person.isEmpty()) {
      return personForm(call, f, 400);
    }
    Person created = desk.create(call.requireSession(), desk.store().persons(), person.get());
    return PageResult.redirect("/persons/" + created.id());
  }

  private PageResult editPersonForm(PageCall call) {
    Shown<Person> of = writablePerson(call);
    Person p = of.record();
    FormState f = new FormState();
    for (int i = 0; i < Math.min(3, p.names().size()); i++) {
      f.set("name." + i, p.names().get(i).value()).set("script." + i, p.names().get(i).script());
    }
    f.set("sex", p.sex()).set("ethnicity", p.ethnicity());
    f.set("birth", p.birth() == null ? "" : p.birth().toString());
    f.set("residenceCountry", p.residenceCountry() == null ? "" : p.residenceCountry());
    f.set("idNumber", p.idNumber() == null ? "" : p.idNumber());
    f.set("notes", p.notes() == null ? "" : p.notes());
    f.set("protectedThirdParty", p.protectedThirdParty() ? "on" : "");
    List<String> granted = new ArrayList<>();
    p.consent().purposes().forEach((purpose, entry) -> {
      if (p.consent().permits(purpose)) {
        granted.add(purpose);
        f.set("consentMethod", entry.method() == null ? "" : entry.method());
      }
    });
    f.setAll("consent", granted);
    return editForm(call, of, f, 200);
  }

  private PageResult editForm(PageCall call, Shown<Person> of, FormState f, int status) {
    f.set("version", Long.toString(of.record().version()));
    return PageResult.renderWithStatus(status, "person-form.jte", "f", f, "action", "/persons/" + of.id(),
        "title", call.t().get("person.edit"), "relative", false);
  }

  /**
   * Saves an edited person. Names beyond the form's three, contacts, home place, age range and
   * identity level are kept as they were; a purpose that was granted and is no longer ticked is
   * recorded as withdrawn today (not forgotten), so the consent history stays whole.
   */
  private PageResult updatePerson(PageCall call) {
    Shown<Person> of = writablePerson(call);
    Person old = of.record();
    FormState f = new FormState();
    Optional<Person> read = readPerson(call, f, false, old.sourceIds());
    if (read.isEmpty()) {
      return editForm(call, of, f, 400);
    }
    String version = call.form("version");
    if (version == null || !version.equals(Long.toString(old.version()))) {
      f.error("version", call.t().get("person.changedMeanwhile"));
      return editForm(call, of, f, 409);
    }
    Person typed = read.get();
    Consent consent = typed.consent();
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    for (Map.Entry<String, ConsentEntry> e : old.consent().purposes().entrySet()) {
      if (!consent.purposes().containsKey(e.getKey())) {
        consent = consent.with(e.getKey(), old.consent().permits(e.getKey()) ? e.getValue().withdraw(today) : e.getValue());
      } else if (old.consent().permits(e.getKey())) {
        consent = consent.with(e.getKey(), e.getValue());
      }
    }
    List<PersonName> names = new ArrayList<>(typed.names());
    if (old.names().size() > 3) {
      names.addAll(old.names().subList(3, old.names().size()));
    }
    Consent recorded = consent;
    Optional<Person> updated = validated(f, () -> new Person(old.id(), old.version(), names, typed.sex(), typed.birth(),
        old.age(), typed.ethnicity(), old.home(), typed.residenceCountry(), old.contacts(), typed.idNumber(),
        old.identityLevel(), typed.protectedThirdParty(), recorded, typed.notes(), old.sourceIds()));
    if (updated.isEmpty()) {
      return editForm(call, of, f, 400);
    }
    Session session = call.requireSession();
    try {
      desk.store().inTransaction(h -> desk.update(h, session, desk.store().persons(), of.id(), updated.get()));
    } catch (org.guwah.store.cases.VersionConflictException e) {
      f.error("version", call.t().get("person.changedMeanwhile"));
      return editForm(call, of, f, 409);
    }
    return PageResult.redirect("/persons/" + of.id());
  }

  private PageResult relativeForm(PageCall call, FormState f) {
    Shown<Person> of = writablePerson(call);
    return PageResult.renderWithStatus(f.hasErrors() ? 400 : 200, "person-form.jte", "f", f,
        "action", "/persons/" + of.id() + "/relatives", "title", call.t().get("person.addRelative"), "relative", true);
  }

  private PageResult createRelative(PageCall call) {
    Shown<Person> of = writablePerson(call);
    FormState f = new FormState();
    String kind = call.form("relationship");
    f.set("relationship", kind == null ? "" : kind);
    if (kind == null) {
      f.error("relationship", "is required");
    }
    Optional<Person> relative = readPerson(call, f, true, of.record().sourceIds());
    if (relative.isEmpty() || f.hasErrors()) {
      return relativeForm(call, f);
    }
    Session session = call.requireSession();
    Optional<Relationship> checked = validated(f, () -> new Relationship(null, 0, of.id(),
        java.util.Objects.requireNonNull(kind), UUID.randomUUID(), of.record().sourceIds()));
    if (checked.isEmpty()) {
      return relativeForm(call, f);
    }
    Relationship tie = checked.get();
    Person created = desk.store().inTransaction(h -> {
      Person p = desk.create(h, session, desk.store().persons(), relative.get());
      desk.create(h, session, desk.store().relationships(), new Relationship(null, 0, tie.personId(), tie.kind(),
          java.util.Objects.requireNonNull(p.id()), tie.sourceIds()));
      return p;
    });
    return PageResult.redirect("/persons/" + of.id() + "#relatives-" + created.id());
  }

  /** Reads the person fields of a form into {@code f}; empty (with errors in {@code f}) if invalid. */
  private static Optional<Person> readPerson(PageCall call, FormState f, boolean relative, List<UUID> sourceIds) {
    List<PersonName> names = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String value = call.form("name." + i);
      String script = call.form("script." + i);
      f.set("name." + i, value == null ? "" : value).set("script." + i, script == null ? "" : script);
      if (value != null) {
        try {
          names.add(new PersonName(value, script == null ? "OTHER" : script, call.form("nameSource." + i)));
        } catch (ValidationException e) {
          f.error("name." + i, first(e));
        }
      }
    }
    String sex = keep(call, f, "sex");
    String ethnicity = keep(call, f, "ethnicity");
    String residence = keep(call, f, "residenceCountry");
    String notes = keep(call, f, "notes");
    String idNumber = keep(call, f, "idNumber");
    FuzzyDate birth = date(call, f, "birth");
    boolean protectedThirdParty = relative ? call.form("protectedThirdParty") != null || call.form("protectedThirdPartyShown") == null
        : call.form("protectedThirdParty") != null;
    f.set("protectedThirdParty", protectedThirdParty ? "on" : "");
    List<String> granted = call.formList("consent");
    f.setAll("consent", granted);
    String method = keep(call, f, "consentMethod");
    Consent consent = Consent.none();
    if (!granted.isEmpty()) {
      if (method == null) {
        f.error("consentMethod", "is required when consent is granted (how was it given?)");
      }
      for (String purpose : granted) {
        try {
          consent = consent.with(purpose, ConsentEntry.granted(LocalDate.now(java.time.ZoneOffset.UTC),
              method == null ? "ORAL_NOTED" : method));
        } catch (ValidationException e) {
          f.error("consent", first(e));
        }
      }
    }
    if (names.isEmpty() && f.errorOf("name.0").isEmpty()) {
      f.error("name.0", "at least one name is required");
    }
    if (f.hasErrors()) {
      return Optional.empty();
    }
    Consent recorded = consent;
    return validated(f, () -> new Person(null, 0, names, sex, birth, null, ethnicity, null, residence, List.of(),
        idNumber, null, protectedThirdParty, recorded, notes, sourceIds));
  }

  private static String formField(String modelField) {
    if (modelField.startsWith("names[")) {
      return "name." + modelField.substring(6, modelField.indexOf(']'));
    }
    int dot = modelField.indexOf('.');
    return dot > 0 && !modelField.startsWith("name.") ? modelField.substring(0, dot) : modelField;
  }

  // --- testimony -----------------------------------------------------------------------------

  private PageResult sourceForm(PageCall call, FormState f) {
    return recordForm(call, f, "source-form.jte", "sources");
  }

  private PageResult createSource(PageCall call) {
    Shown<Person> of = writablePerson(call);
    FormState f = new FormState();
    Optional<Source> checked = readSource(call, f, of, null);
    if (checked.isEmpty()) {
      return sourceForm(call, f);
    }
    Source source = checked.get();
    Session session = call.requireSession();
    desk.store().inTransaction(h -> {
      Source created = desk.create(h, session, desk.store().sources(), source);
      List<UUID> ids = new ArrayList<>(of.record().sourceIds());
      ids.add(java.util.Objects.requireNonNull(created.id()));
      desk.update(h, session, desk.store().persons(), of.id(), of.record().withSourceIds(ids));
      return created;
    });
    return PageResult.redirect("/persons/" + of.id() + "#sources");
  }

  /** The testimony the form describes (a new one, or {@code old} changed); empty with errors in {@code f}. */
  private static Optional<Source> readSource(PageCall call, FormState f, Shown<Person> of, @Nullable Source old) {
    String kind = keep(call, f, "kind");
    String language = keep(call, f, "language");
    String verification = keep(call, f, "verification");
    String title = keep(call, f, "title");
    String testimony = keep(call, f, "testimony");
    FuzzyDate received = date(call, f, "receivedOn");
    if (f.hasErrors()) {
      return Optional.empty();
    }
    return validated(f, () -> new Source(old == null ? null : old.id(), old == null ? 0 : old.version(),
        kind == null ? "INTERVIEW" : kind, old == null ? of.id() : old.reporterPersonId(),
        old == null ? null : old.reporterRelation(), received, language, verification,
        old == null ? of.record().consent() : old.consent(), title, old == null ? null : old.reference(), testimony));
  }

  private PageResult editSourceForm(PageCall call) {
    Shown<Source> s = writableRecord(call, desk.store().sources());
    Source r = s.record();
    FormState f = new FormState().set("kind", r.kind()).set("language", text(r.language()))
        .set("verification", r.verification()).set("title", text(r.title())).set("testimony", text(r.testimony()))
        .set("receivedOn", r.receivedOn() == null ? "" : r.receivedOn().toString());
    return editRecordForm(call, f, "source-form.jte", "sources", s.id(), r.version());
  }

  private PageResult updateSource(PageCall call) {
    Shown<Person> of = writablePerson(call);
    Shown<Source> s = writableRecord(call, desk.store().sources());
    FormState f = new FormState();
    return saveEdit(call, f, "source-form.jte", "sources", s.id(), s.record().version(),
        readSource(call, f, of, s.record()), desk.store().sources());
  }

  // --- incident ------------------------------------------------------------------------------

  private PageResult incidentForm(PageCall call, FormState f) {
    return recordForm(call, f, "incident-form.jte", "incidents");
  }

  private PageResult createIncident(PageCall call) {
    Shown<Person> of = writablePerson(call);
    FormState f = new FormState();
    Optional<Incident> incident = readIncident(call, f, of, null);
    if (incident.isEmpty()) {
      return incidentForm(call, f);
    }
    desk.create(call.requireSession(), desk.store().incidents(), incident.get());
    return PageResult.redirect("/persons/" + of.id() + "#incidents");
  }

  /** The incident the form describes (a new one, or {@code old} changed); empty with errors in {@code f}. */
  private static Optional<Incident> readIncident(PageCall call, FormState f, Shown<Person> of, @Nullable Incident old) {
    List<String> tactics = call.formList("tactic");
    f.setAll("tactic", tactics);
    String channel = keep(call, f, "channel");
    String perpetrator = keep(call, f, "perpetrator");
    String hostCountry = keep(call, f, "hostCountry");
    String hostCity = keep(call, f, "hostCity");
    String description = keep(call, f, "description");
    FuzzyDate date = date(call, f, "date");
    if (tactics.isEmpty()) {
      f.error("tactic", "choose at least one tactic");
    }
    if (f.hasErrors()) {
      return Optional.empty();
    }
    String perpetratorCountry = perpetrator == null ? null
        : old != null && old.perpetratorCountry() != null ? old.perpetratorCountry() : "CN";
    return validated(f, () -> new Incident(old == null ? null : old.id(), old == null ? 0 : old.version(), tactics,
        channel, perpetrator, perpetratorCountry, old == null ? of.id() : old.targetPersonId(),
        old == null ? List.of() : old.relativeIds(), date, hostCountry, hostCity, description,
        old == null ? of.record().sourceIds() : old.sourceIds()));
  }

  private PageResult editIncidentForm(PageCall call) {
    Shown<Incident> i = writableRecord(call, desk.store().incidents());
    Incident r = i.record();
    FormState f = new FormState().setAll("tactic", r.tactics()).set("channel", r.channel())
        .set("perpetrator", r.perpetrator()).set("hostCountry", text(r.hostCountry())).set("hostCity", text(r.hostCity()))
        .set("description", text(r.description())).set("date", r.date() == null ? "" : r.date().toString());
    return editRecordForm(call, f, "incident-form.jte", "incidents", i.id(), r.version());
  }

  private PageResult updateIncident(PageCall call) {
    Shown<Person> of = writablePerson(call);
    Shown<Incident> i = writableRecord(call, desk.store().incidents());
    FormState f = new FormState();
    return saveEdit(call, f, "incident-form.jte", "incidents", i.id(), i.record().version(),
        readIncident(call, f, of, i.record()), desk.store().incidents());
  }

  // --- detention -----------------------------------------------------------------------------

  private PageResult detentionForm(PageCall call, FormState f) {
    return recordForm(call, f, "detention-form.jte", "detentions");
  }

  private PageResult createDetention(PageCall call) {
    Shown<Person> of = writablePerson(call);
    FormState f = new FormState();
    Optional<Detention> detention = readDetention(call, f, of, null);
    if (detention.isEmpty()) {
      return detentionForm(call, f);
    }
    desk.create(call.requireSession(), desk.store().detentions(), detention.get());
    return PageResult.redirect("/persons/" + of.id() + "#detentions");
  }

  /** The detention the form describes (a new one, or {@code old} changed); empty with errors in {@code f}. */
  private static Optional<Detention> readDetention(PageCall call, FormState f, Shown<Person> of,
      @Nullable Detention old) {
    String status = keep(call, f, "status");
    String facility = keep(call, f, "facility");
    List<String> reasons = call.formList("reason");
    f.setAll("reason", reasons);
    FuzzyDate date = date(call, f, "date");
    if (status == null) {
      f.error("status", "is required");
    }
    if (f.hasErrors()) {
      return Optional.empty();
    }
    return validated(f, () -> new Detention(old == null ? null : old.id(), old == null ? 0 : old.version(),
        old == null ? of.id() : old.personId(), java.util.Objects.requireNonNull(status), date,
        old == null ? null : old.place(), facility, reasons, old == null ? null : old.reasonText(),
        old == null ? null : old.charge(), old == null ? null : old.sentenceMonths(),
        old == null ? of.record().sourceIds() : old.sourceIds()));
  }

  private PageResult editDetentionForm(PageCall call) {
    Shown<Detention> d = writableRecord(call, desk.store().detentions());
    Detention r = d.record();
    FormState f = new FormState().set("status", r.status()).set("facility", text(r.facility()))
        .setAll("reason", r.reasons()).set("date", r.date() == null ? "" : r.date().toString());
    return editRecordForm(call, f, "detention-form.jte", "detentions", d.id(), r.version());
  }

  private PageResult updateDetention(PageCall call) {
    Shown<Person> of = writablePerson(call);
    Shown<Detention> d = writableRecord(call, desk.store().detentions());
    FormState f = new FormState();
    return saveEdit(call, f, "detention-form.jte", "detentions", d.id(), d.record().version(),
        readDetention(call, f, of, d.record()), desk.store().detentions());
  }

  // --- editing any record --------------------------------------------------------------------

  /** The record at {@code {rid}}, which the documenter must see in full; 404 or 403 otherwise. */
  private <T> Shown<T> writableRecord(PageCall call, RecordStore<T, ?> records) {
    Shown<T> r = desk.get(call.requireSession(), records, call.pathUuid("rid"))
        .orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    if (!r.full()) {
      throw ApiException.of(ErrorCode.FORBIDDEN);
    }
    return r;
  }

  private PageResult editRecordForm(PageCall call, FormState f, String template, String kind, UUID id, long version) {
    Shown<Person> of = writablePerson(call);
    f.set("version", Long.toString(version));
    return PageResult.renderWithStatus(f.hasErrors() ? 400 : 200, template, "f", f,
        "action", "/persons/" + of.id() + "/" + kind + "/" + id);
  }

  /** Saves an edited record if the form is valid and nobody changed it meanwhile (409 otherwise). */
  private <T> PageResult saveEdit(PageCall call, FormState f, String template, String kind, UUID id, long version,
      Optional<T> edited, RecordStore<T, ?> records) {
    if (edited.isEmpty()) {
      return editRecordForm(call, f, template, kind, id, version);
    }
    String sent = call.form("version");
    Session session = call.requireSession();
    try {
      if (sent == null || !sent.equals(Long.toString(version))) {
        throw new org.guwah.store.cases.VersionConflictException(kind, id, -1, version);
      }
      desk.store().inTransaction(h -> desk.update(h, session, records, id, edited.get()));
    } catch (org.guwah.store.cases.VersionConflictException e) {
      f.error("version", call.t().get("person.changedMeanwhile"));
      return PageResult.renderWithStatus(409, template, "f", f.set("version", Long.toString(version)),
          "action", "/persons/" + call.pathUuid("id") + "/" + kind + "/" + id);
    }
    return PageResult.redirect("/persons/" + call.pathUuid("id") + "#" + kind);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** A form adding a record of {@code kind} to a person the documenter may write; 400 with errors. */
  private PageResult recordForm(PageCall call, FormState f, String template, String kind) {
    Shown<Person> of = writablePerson(call);
    return PageResult.renderWithStatus(f.hasErrors() ? 400 : 200, template, "f", f,
        "action", "/persons/" + of.id() + "/" + kind);
  }

  // --- form helpers --------------------------------------------------------------------------

  /**
   * The record {@code build} makes, or empty with each of its validation errors put on the form
   * field that shows it.
   */
  private static <T> Optional<T> validated(FormState f, java.util.function.Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (ValidationException e) {
      e.fieldErrors().forEach((k, v) -> f.error(formField(k), v));
      return Optional.empty();
    }
  }

  private static @Nullable String keep(PageCall call, FormState f, String field) {
    String v = call.form(field);
    f.set(field, v == null ? "" : v);
    return v;
  }

  private static @Nullable FuzzyDate date(PageCall call, FormState f, String field) {
    String v = keep(call, f, field);
    if (v == null) {
      return null;
    }
    try {
      return FuzzyDate.parse(v);
    } catch (InvalidFuzzyDateException e) {
      f.error(field, "is not a date as precise as known (1985, 1985-03, 1985-03-14, early 1985, 1984/1986)");
      return null;
    }
  }

  private static String first(ValidationException e) {
    return e.fieldErrors().values().stream().findFirst().orElse("is not valid");
  }

  @Override
  public String toString() {
    return "WorkspacePages";
  }
}
