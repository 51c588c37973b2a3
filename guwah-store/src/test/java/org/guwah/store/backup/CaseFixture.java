package org.guwah.store.backup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.guwah.names.ids.ResidentId;
import org.guwah.store.cases.CaseStore;

/**
 * Records of every kind with canary values: identity values (sealed per field) and values of clear
 * columns (which only the archive's own encryption hides).
 */
final class CaseFixture {
  static final String CANARY_NAME = "Qanarimemet Backupjan";
  static final String CANARY_UEY = "قانارىمەمەت بېكاپجان";
  static final String CANARY_PHONE = "+90 555 019 4417";
  static final String CANARY_NOTE = "CANARYNOTE-backup-lantern";
  static final String CANARY_TESTIMONY = "CANARYTESTIMONY they called my sister twice";
  /** In the clear column {@code incident.host_city}. */
  static final String CANARY_CITY = "Canarygrad";
  /** In the clear column {@code detention.facility}. */
  static final String CANARY_FACILITY = "CANARYFACILITY-7";

  private CaseFixture() {}

  static String canaryId() {
    String first17 = "65322219770707" + "002";
    return first17 + ResidentId.checkCharacter(first17);
  }

  /** Identity canaries, then clear-column canaries. */
  static List<String> canaries() {
    return List.of(CANARY_NAME, "Backupjan", CANARY_UEY, CANARY_PHONE, "0194417", canaryId(), CANARY_NOTE,
        CANARY_TESTIMONY, "Lanternvillage", CANARY_CITY, CANARY_FACILITY);
  }

  static Person canaryPerson() {
    return new Person(null, 0,
        List.of(new PersonName(CANARY_NAME, "ULY", "NGO list"), new PersonName(CANARY_UEY, "UEY", null)),
        "MALE", FuzzyDate.parse("1977-07-07"), null, "UYGHUR", new Place("CN", "653222", "Lanternvillage", null),
        "TR", List.of(new Contact("PHONE", CANARY_PHONE)), canaryId(), "FULL", false,
        Consent.none().with("AGGREGATE_STATISTICS", ConsentEntry.granted(LocalDate.of(2019, 3, 1), "WRITTEN")),
        CANARY_NOTE, List.of());
  }

  static Person relative(int i) {
    return new Person(null, 0, List.of(new PersonName("Aygul Tursun " + i, "ULY", null)), i % 2 == 0 ? "FEMALE" : "MALE",
        FuzzyDate.parse(String.valueOf(1940 + i % 50)), null, "UYGHUR", new Place("CN", "653121", null, null), null,
        List.of(), null, null, true, null, "relative " + i, List.of());
  }

  /** One of every kind plus {@code relatives} relatives, each detained and related; one consent change. */
  static void populate(CaseStore store, int relatives) {
    Person respondent = store.persons().create(canaryPerson());
    Source source = store.sources().create(new Source(null, 0, "INTERVIEW", respondent.id(), "CHILD",
        FuzzyDate.parse("2019-03"), "ug", null, Consent.none(), "Interview 17", null, CANARY_TESTIMONY));
    List<Person> family = new ArrayList<>();
    store.inTransaction(h -> {
      for (int from = 0; from < relatives; from += 500) {
        List<Person> chunk = new ArrayList<>();
        for (int i = from; i < Math.min(relatives, from + 500); i++) {
          chunk.add(relative(i));
        }
        family.addAll(store.persons().createAll(h, chunk));
      }
      return null;
    });
    for (int i = 0; i < Math.min(relatives, 20); i++) {
      Person relative = family.get(i);
      store.incidents().create(new Incident(null, 0, List.of("THREAT_FAMILY", "INFO_DEMAND"), "WECHAT",
          "XINJIANG_POLICE", "CN", respondent.id(), List.of(relative.id()), FuzzyDate.parse("early 2018"), "TR",
          CANARY_CITY, "They asked for my passport", List.of(source.id())));
      store.detentions().create(new Detention(null, 0, relative.id(), "SENTENCED", FuzzyDate.parse("2017-11"),
          new Place("CN", "653121", null, null), CANARY_FACILITY, List.of("RELATIVE_ABROAD"),
          "because her son lives abroad", "picking quarrels", 180, List.of(source.id())));
      store.relationships().create(new Relationship(null, 0, relative.id(), "PARENT", respondent.id(),
          List.of(source.id())));
    }
    ConsentEntry granted = respondent.consent().purposes().get("AGGREGATE_STATISTICS");
    store.persons().update(respondent.id(),
        respondent.withConsent(respondent.consent().with("AGGREGATE_STATISTICS", granted.withdraw(LocalDate.of(2024, 5, 1)))));
  }
}
