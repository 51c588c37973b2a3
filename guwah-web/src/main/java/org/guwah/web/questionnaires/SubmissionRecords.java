package org.guwah.web.questionnaires;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.forms.MappingEntity;
import org.guwah.forms.MappingTarget;
import org.guwah.forms.mapping.MappedCase;
import org.guwah.forms.mapping.MappedRecord;
import org.guwah.forms.mapping.MappedValue;
import org.guwah.names.ScriptDetector;
import org.guwah.store.accounts.Session;
import org.guwah.web.cases.CaseDesk;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Turns a reviewed submission into case records, in the caller's transaction and through {@link
 * CaseDesk} (so every write is audited like any other): the questionnaire as a {@code Source}
 * (kind QUESTIONNAIRE, the respondent's consent given through the online form), the respondent as
 * a new {@code Person} or an existing one chosen by the documenter (a manual link), each relative as
 * a protected third party who never consented plus the relationship, and the detentions, incidents
 * and contacts each repeat instance described, attached to the relative of the same instance.
 */
final class SubmissionRecords {
  private final CaseDesk desk;

  SubmissionRecords(CaseDesk desk) {
    this.desk = desk;
  }

  /**
   * Creates the records.
   *
   * @param existing the person the documenter linked the respondent to, or null to record a new one
   * @return the respondent's person id
   * @throws org.guwah.core.validation.ValidationException when a value does not fit the case model
   */
  UUID create(Handle h, Session session, MappedCase mapped, String title, String language, LocalDate receivedOn,
      @Nullable Person existing) {
    MappedRecord r = mapped.respondent();
    Consent consent = consent(r, receivedOn);
    Map<String, List<Contact>> contacts = new HashMap<>();
    for (MappedRecord c : mapped.records(MappingEntity.CONTACT)) {
      Optional<MappedValue> kind = c.value(MappingTarget.CONTACT_KIND);
      Optional<MappedValue> value = c.value(MappingTarget.CONTACT_VALUE);
      if (kind.isPresent() && value.isPresent()) {
        contacts.computeIfAbsent(c.ownerKey().orElse("respondent"), k -> new ArrayList<>())
            .add(new Contact(kind.get().code(), value.get().text()));
      }
    }

    MappedRecord src = mapped.source();
    String sourceLanguage = code(src, MappingTarget.SOURCE_LANGUAGE);
    if (sourceLanguage == null && Vocabularies.standard().vocabulary("language").contains(language.toUpperCase(
        java.util.Locale.ROOT))) {
      sourceLanguage = language.toUpperCase(java.util.Locale.ROOT);
    }
    Source source = desk.create(h, session, desk.store().sources(), new Source(null, 0, "QUESTIONNAIRE",
        existing == null ? null : existing.id(), code(src, MappingTarget.SOURCE_REPORTER_RELATION),
        FuzzyDate.ofDay(receivedOn), sourceLanguage, null, consent, title.length() > 300 ? title.substring(0, 300) : title,
        null, text(src, MappingTarget.SOURCE_TESTIMONY)));
    List<UUID> sourceIds = List.of(Objects.requireNonNull(source.id()));

    UUID respondentId;
    if (existing == null) {
      List<PersonName> names = names(r, MappingTarget.RESPONDENT_NAME);
      Person p = new Person(null, 0, names, code(r, MappingTarget.RESPONDENT_SEX), date(r, MappingTarget.RESPONDENT_BIRTH),
          null, code(r, MappingTarget.RESPONDENT_ETHNICITY), place(r, MappingTarget.RESPONDENT_HOME_COUNTRY,
              MappingTarget.RESPONDENT_HOME_COUNTY_CODE, MappingTarget.RESPONDENT_HOME_LOCALITY),
          code(r, MappingTarget.RESPONDENT_COUNTRY_OF_RESIDENCE), contacts.getOrDefault("respondent", List.of()),
          text(r, MappingTarget.RESPONDENT_ID_NUMBER), code(r, MappingTarget.RESPONDENT_IDENTITY_LEVEL), false, consent,
          text(r, MappingTarget.RESPONDENT_NOTES), sourceIds);
      respondentId = Objects.requireNonNull(desk.create(h, session, desk.store().persons(), p).id());
    } else {
      respondentId = Objects.requireNonNull(existing.id());
      List<UUID> ids = new ArrayList<>(existing.sourceIds());
      ids.add(sourceIds.get(0));
      List<Contact> more = new ArrayList<>(existing.contacts());
      more.addAll(contacts.getOrDefault("respondent", List.of()));
      desk.update(h, session, desk.store().persons(), respondentId, withContacts(existing.withSourceIds(ids), more));
    }
    // the source was created before the respondent existed: point it at them
    if (existing == null) {
      desk.update(h, session, desk.store().sources(), sourceIds.get(0), new Source(source.id(), source.version(),
          source.kind(), respondentId, source.reporterRelation(), source.receivedOn(), source.language(),
          source.verification(), source.consent(), source.title(), source.reference(), source.testimony()));
    }

    Map<String, UUID> owners = new LinkedHashMap<>();
    owners.put("respondent", respondentId);
    for (MappedRecord rel : mapped.records(MappingEntity.RELATIVE)) {
      Person relative = new Person(null, 0, names(rel, MappingTarget.RELATIVE_NAME), code(rel, MappingTarget.RELATIVE_SEX),
          date(rel, MappingTarget.RELATIVE_BIRTH), null, code(rel, MappingTarget.RELATIVE_ETHNICITY),
          place(rel, MappingTarget.RELATIVE_HOME_COUNTRY, MappingTarget.RELATIVE_HOME_COUNTY_CODE,
              MappingTarget.RELATIVE_HOME_LOCALITY), null, contacts.getOrDefault(rel.key(), List.of()),
          text(rel, MappingTarget.RELATIVE_ID_NUMBER), null, true, Consent.none(), text(rel, MappingTarget.RELATIVE_NOTES),
          sourceIds);
      UUID id = Objects.requireNonNull(desk.create(h, session, desk.store().persons(), relative).id());
      owners.put(rel.key(), id);
      String kind = code(rel, MappingTarget.RELATIVE_RELATIONSHIP);
      desk.create(h, session, desk.store().relationships(), new Relationship(null, 0, respondentId,
          kind == null ? "OTHER" : kind, id, sourceIds));
    }
    for (MappedRecord d : mapped.records(MappingEntity.DETENTION)) {
      UUID person = owners.getOrDefault(d.ownerKey().orElse("respondent"), respondentId);
      String status = code(d, MappingTarget.DETENTION_STATUS);
      Optional<MappedValue> months = d.value(MappingTarget.DETENTION_SENTENCE_MONTHS);
      Optional<MappedValue> reasons = d.value(MappingTarget.DETENTION_REASON);
      desk.create(h, session, desk.store().detentions(), new Detention(null, 0, person, status == null ? "UNKNOWN" : status,
          date(d, MappingTarget.DETENTION_DATE), place(d, MappingTarget.DETENTION_COUNTRY, MappingTarget.DETENTION_COUNTY_CODE,
              MappingTarget.DETENTION_LOCALITY), text(d, MappingTarget.DETENTION_FACILITY),
          reasons.map(MappedValue::codes).orElse(List.of()), text(d, MappingTarget.DETENTION_REASON_TEXT),
          text(d, MappingTarget.DETENTION_CHARGE), months.map(v -> (int) Math.min(Integer.MAX_VALUE, v.integer())).orElse(null),
          sourceIds));
    }
    for (MappedRecord i : mapped.records(MappingEntity.INCIDENT)) {
      List<String> tactics = i.value(MappingTarget.INCIDENT_TACTIC).map(MappedValue::codes).orElse(List.of());
      if (tactics.isEmpty()) {
        tactics = List.of("OTHER");
      }
      String owner = i.ownerKey().orElse("respondent");
      List<UUID> relatives = owner.equals("respondent") ? List.of() : List.of(owners.get(owner));
      desk.create(h, session, desk.store().incidents(), new Incident(null, 0, tactics,
          code(i, MappingTarget.INCIDENT_CHANNEL), code(i, MappingTarget.INCIDENT_PERPETRATOR),
          code(i, MappingTarget.INCIDENT_PERPETRATOR_COUNTRY), respondentId, relatives, date(i, MappingTarget.INCIDENT_DATE),
          code(i, MappingTarget.INCIDENT_HOST_COUNTRY), text(i, MappingTarget.INCIDENT_HOST_CITY),
          text(i, MappingTarget.INCIDENT_NARRATIVE), sourceIds));
    }
    return respondentId;
  }

  private static Person withContacts(Person p, List<Contact> contacts) {
    return new Person(p.id(), p.version(), p.names(), p.sex(), p.birth(), p.age(), p.ethnicity(), p.home(),
        p.residenceCountry(), contacts, p.idNumber(), p.identityLevel(), p.protectedThirdParty(), p.consent(), p.notes(),
        p.sourceIds());
  }

  /** The purposes the respondent ticked, granted on the day of the submission through the online form. */
  private static Consent consent(MappedRecord r, LocalDate day) {
    Consent consent = Consent.none();
    for (String purpose : r.value(MappingTarget.RESPONDENT_CONSENT).map(MappedValue::codes).orElse(List.of())) {
      consent = consent.with(purpose, ConsentEntry.granted(day, "ONLINE_FORM"));
    }
    return consent;
  }

  private static List<PersonName> names(MappedRecord r, MappingTarget target) {
    String name = text(r, target);
    if (name == null) {
      return List.of();
    }
    return List.of(new PersonName(name, ScriptDetector.detect(name).nameScriptCode(), "questionnaire"));
  }

  private static @Nullable Place place(MappedRecord r, MappingTarget country, MappingTarget county, MappingTarget locality) {
    String c = code(r, country);
    String k = text(r, county);
    String l = text(r, locality);
    if (c == null && k == null && l == null) {
      return null;
    }
    return new Place(c == null && k != null ? "CN" : c, k, l, null);
  }

  private static @Nullable String code(MappedRecord r, MappingTarget t) {
    return r.value(t).map(MappedValue::code).orElse(null);
  }

  private static @Nullable String text(MappedRecord r, MappingTarget t) {
    return r.value(t).map(MappedValue::text).filter(s -> !s.isBlank()).orElse(null);
  }

  private static @Nullable FuzzyDate date(MappedRecord r, MappingTarget t) {
    return r.value(t).map(MappedValue::fuzzyDate).orElse(null);
  }
}
