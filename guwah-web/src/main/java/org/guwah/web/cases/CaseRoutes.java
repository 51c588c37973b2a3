package org.guwah.web.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.validation.ValidationException;
import org.guwah.core.vocab.Language;
import org.guwah.core.vocab.Term;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.DuplicateIdException;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.RecordNotFoundException;
import org.guwah.store.cases.Reading;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Shown;
import org.guwah.store.cases.Slice;
import org.guwah.store.cases.VersionConflictException;
import org.guwah.store.accounts.Role;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiCall;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.api.ApiParam;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.ConflictException;
import org.guwah.web.api.NotFoundException;
import org.guwah.web.api.Page;

/**
 * The case API under {@code /api/v1}: create, read, update and list persons, sources, incidents,
 * detentions and relationships; look persons up by name, ID number or contact through the blind
 * index (values travel in the request body, never in a URL); read the vocabularies.
 */
public final class CaseRoutes {
  private static final String BASE = "/api/v1";
  /** Reading case records; what each role sees of them is decided per record. */
  static final Access READ = Access.roles(Role.DOCUMENTER, Role.ANALYST, Role.PUBLISHER, Role.PARTNER);
  /** Recording intake. */
  static final Access WRITE = Access.roles(Role.DOCUMENTER);
  /** Unlocking one record's identity data, audited, for a stated purpose. */
  static final Access UNLOCK = Access.roles(Role.ANALYST);
  /** Looking persons up by identity values (blind index). */
  static final Access LOOKUP = Access.roles(Role.DOCUMENTER, Role.ANALYST);
  private final CaseDesk desk;

  private CaseRoutes(CaseDesk desk) {
    this.desk = desk;
  }

  /**
   * Every case route, in documentation order. Every create and update, and every answer that shows
   * identity data (records read in full), is appended to {@code audit} before the answer leaves.
   */
  public static List<ApiRoute> of(CaseStore store, AuditLog audit, Clock clock) {
    return of(CaseDesk.create(store, audit, clock));
  }

  /** Every case route over {@code desk} (whose unlocks the workspace pages share). */
  public static List<ApiRoute> of(CaseDesk desk) {
    CaseStore store = desk.store();
    CaseRoutes r = new CaseRoutes(desk);
    List<ApiRoute> routes = new ArrayList<>();
    routes.addAll(r.crud("persons", "person", Person.class, store.persons()));
    routes.add(ApiRoute.post(BASE + "/persons/lookup").operationId("lookupPersons").tag("persons").access(LOOKUP)
        .summary("Find persons by exact name (any script, normalised), ID number or contact, through the blind index")
        .requestBody(PersonLookup.class).responseList(Person.class).status(200)
        .handler(call -> r.lookup(call, call.body(PersonLookup.class), r.reading(call))));
    routes.addAll(r.crud("sources", "source", Source.class, store.sources()));
    routes.addAll(r.crud("incidents", "incident", Incident.class, store.incidents()));
    routes.addAll(r.crud("detentions", "detention", Detention.class, store.detentions()));
    routes.addAll(r.crud("relationships", "relationship", Relationship.class, store.relationships()));
    routes.add(ApiRoute.post(BASE + "/unlocks").operationId("unlockIdentity").tag("unlocks").access(UNLOCK)
        .summary("Analysts: read one record's identity data for 30 minutes, for a stated purpose (audited)")
        .requestBody(UnlockRequest.class).response(UnlockGranted.class).status(200)
        .handler(r::unlock));
    routes.add(ApiRoute.get(BASE + "/vocabularies").operationId("listVocabularies").tag("vocabularies")
        .access(Access.signedIn())
        .summary("All controlled vocabularies: codes with labels in en, ug, kk, ru, tr, zh")
        .response(VocabularyList.class).handler(call -> vocabularies()));
    return List.copyOf(routes);
  }

  private <T> List<ApiRoute> crud(String plural, String kind, Class<T> type, RecordStore<T, ?> records) {
    String upper = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    String capitalPlural = Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    ApiParam idParam = ApiParam.uuid("id", upper + " id");
    ApiRoute.Builder list = ApiRoute.get(BASE + "/" + plural).operationId("list" + capitalPlural).tag(plural).access(READ)
        .summary("List " + plural + ", oldest first, filtered on coded fields")
        .queryParam(ApiParam.limit()).queryParam(ApiParam.cursor()).responsePage(type);
    for (var f : records.filterDescriptions().entrySet()) {
      list.queryParam(filterParam(f.getKey(), f.getValue(), records));
    }
    return List.of(
        list.handler(call -> list(call, records)),
        ApiRoute.post(BASE + "/" + plural).operationId("create" + upper).tag(plural).access(WRITE)
            .summary("Create a " + kind + " (version 0 or absent; an id may be given)")
            .requestBody(type).response(type).status(201)
            .handler(call -> create(call, type, records)),
        ApiRoute.get(BASE + "/" + plural + "/{id}").operationId("get" + upper).tag(plural).access(READ)
            .summary("Read one " + kind).pathParam(idParam).response(type)
            .handler(call -> get(call, records)),
        ApiRoute.put(BASE + "/" + plural + "/{id}").operationId("update" + upper).tag(plural).access(WRITE)
            .summary("Replace a " + kind + "; send the version you read (409 if it changed since)")
            .pathParam(idParam).requestBody(type).response(type)
            .handler(call -> update(call, type, records)));
  }

  private static ApiParam filterParam(String name, String description, RecordStore<?, ?> records) {
    String vocabulary = records.filterVocabulary(name).orElse(null);
    if (vocabulary != null && !vocabulary.equals("country")) {
      return ApiParam.oneOf(name, description, Vocabularies.standard().vocabulary(vocabulary).codes().toArray(new String[0]));
    }
    switch (records.filterValueType(name)) {
      case "uuid":
        return ApiParam.uuid(name, description);
      case "int":
        return ApiParam.integer(name, description, 1850, 2200);
      case "bool":
        return ApiParam.bool(name, description);
      default:
        return ApiParam.string(name, description);
    }
  }

  private <T> Page<T> list(ApiCall call, RecordStore<T, ?> records) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : records.filterDescriptions().keySet()) {
      String value = call.context().queryParam(name); // already checked against the declared type
      if (value != null) {
        filters.put(name, value);
      }
    }
    UUID after = call.cursor().map(CaseRoutes::decodeCursor).orElse(null);
    Slice<Shown<T>> slice = records.list(new ListQuery(filters, call.limit(), after), reading(call));
    auditShown(call, records.kind(), slice.items());
    List<T> items = slice.items().stream().map(Shown::record).toList();
    return slice.after() == null ? Page.last(items) : Page.of(items, encodeCursor(slice.after()));
  }

  private <T> T create(ApiCall call, Class<T> type, RecordStore<T, ?> records) {
    T body = call.body(type);
    try {
      return desk.create(call.requireSession(), records, body);
    } catch (DuplicateIdException e) {
      throw new ConflictException("a record with this id already exists");
    }
  }

  private <T> T get(ApiCall call, RecordStore<T, ?> records) {
    UUID id = call.pathUuid("id");
    Shown<T> shown = records.get(id, reading(call))
        .orElseThrow(() -> new NotFoundException("no " + records.kind() + " with this id"));
    auditShown(call, records.kind(), List.of(shown));
    return shown.record();
  }

  private <T> T update(ApiCall call, Class<T> type, RecordStore<T, ?> records) {
    UUID id = call.pathUuid("id");
    T body = call.body(type);
    Shown<T> current = records.get(id, Readers.of(call.requireSession()))
        .orElseThrow(() -> new NotFoundException("no " + records.kind() + " with this id"));
    if (!current.full()) {
      throw ApiException.of(ErrorCode.FORBIDDEN);
    }
    try {
      return desk.store().inTransaction(h -> desk.update(h, call.requireSession(), records, id, body));
    } catch (RecordNotFoundException e) {
      throw new NotFoundException("no " + records.kind() + " with this id");
    } catch (VersionConflictException e) {
      throw new ConflictException("the " + records.kind() + " changed since you read it (now at version "
          + e.currentVersion() + "): read it again and reapply your change",
          Map.of("version", "is not the current version"));
    }
  }

  private List<Person> lookup(ApiCall call, PersonLookup q, Reading reading) {
    int limit = q.limit() == null ? 50 : q.limit();
    List<Shown<Person>> found = new ArrayList<>();
    if (q.name() != null) {
      found.addAll(desk.store().personsNamed(q.name(), limit, reading));
    }
    if (q.idNumber() != null) {
      found.addAll(desk.store().personsWithIdNumber(q.idNumber(), limit, reading));
    }
    if (q.contactKind() != null && q.contact() != null) {
      found.addAll(desk.store().personsWithContact(q.contactKind(), q.contact(), limit, reading));
    }
    Map<UUID, Shown<Person>> unique = new LinkedHashMap<>();
    found.forEach(p -> unique.putIfAbsent(p.id(), p));
    List<Shown<Person>> answer = unique.values().stream().limit(limit).toList();
    desk.audit().append(entry(call, AuditAction.LOOKUP, "person").withDetail("found", answer.size()));
    auditShown(call, "person", answer);
    return answer.stream().map(Shown::record).toList();
  }

  /** The records of {@code kind}, or 400 naming the field {@code kind}. */
  private RecordStore<?, ?> records(String kind) {
    try {
      return desk.store().storeOf(kind);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("kind", "must be person, source, incident, detention or relationship");
    }
  }

  /**
   * Grants an unlock when the record is visible to the analyst and its consent allows the stated
   * purpose; answers 404 otherwise (whether it exists is not told). Audited before it is granted.
   */
  private UnlockGranted unlock(ApiCall call) {
    UnlockRequest body = call.body(UnlockRequest.class);
    RecordStore<?, ?> records = records(body.kind());
    if (!Vocabularies.standard().vocabulary("consent_purpose").contains(body.purpose())) {
      throw ValidationException.of("purpose", "is not a consent purpose code");
    }
    var session = call.requireSession();
    boolean visible = records.get(body.id(), Readers.of(session)).isPresent();
    boolean allowed = visible && records.get(body.id(), Reading.forPurpose(body.purpose())).isPresent();
    if (!allowed) {
      throw new NotFoundException("no " + body.kind() + " with this id that its consent lets you unlock for this purpose");
    }
    desk.audit().append(entry(call, AuditAction.UNLOCK_IDENTITY, body.kind()).withRecord(body.id())
        .withPurpose(body.purpose()));
    java.time.Instant until;
    try {
      until = desk.unlocks().unlock(session.id(), body.id());
    } catch (IllegalStateException e) {
      throw ApiException.of(ErrorCode.TOO_MANY_REQUESTS);
    }
    return new UnlockGranted(body.kind(), body.id(), body.purpose(), until);
  }

  private Reading reading(ApiCall call) {
    return desk.reading(call.requireSession());
  }

  /** One {@code read_identity} entry naming the records shown in full, if any. */
  private void auditShown(ApiCall call, String kind, List<? extends Shown<?>> shown) {
    desk.auditShown(call.requireSession(), kind, shown);
  }

  private static AuditEntry entry(ApiCall call, AuditAction action, String kind) {
    return CaseDesk.entry(call.requireSession(), action, kind);
  }

  private static VocabularyList vocabularies() {
    Map<String, List<VocabularyList.Entry>> all = new LinkedHashMap<>();
    for (String name : Vocabularies.NAMES) {
      List<VocabularyList.Entry> entries = new ArrayList<>();
      for (Term t : Vocabularies.standard().vocabulary(name).terms()) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Language l : Language.values()) {
          labels.put(l.code(), t.label(l));
        }
        entries.add(new VocabularyList.Entry(t.code(), labels, new HashMap<>(t.attributes())));
      }
      all.put(name, entries);
    }
    return new VocabularyList(all);
  }

  static String encodeCursor(UUID id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
  }

  static UUID decodeCursor(String cursor) {
    try {
      return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("cursor", "is not a cursor from a previous page");
    }
  }

}
