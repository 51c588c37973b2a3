package org.guwah.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.consent.ConsentStatus;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.names.ids.RegisteredSex;
import org.guwah.names.ids.ResidentId;
import org.guwah.names.ids.ResidentIdCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {
  private static final Clock AFTER_DATA = Clock.fixed(Instant.parse("2021-01-01T00:00:00Z"), ZoneOffset.UTC);

  private DemoDataset data;

  @BeforeAll
  void generateOnce() {
    data = DemoData.generate(20200205L);
  }

  @Test
  void sameSeedGivesEqualDatasetsIdsIncluded() {
    DemoDataset again = DemoData.generate(20200205L);
    assertThat(again).isEqualTo(data);
    assertThat(again.respondents().get(0).id()).isEqualTo(data.respondents().get(0).id());
    assertThat(DemoData.generate(7L, 50)).isEqualTo(DemoData.generate(7L, 50));
  }

  @Test
  void differentSeedsDiffer() {
    DemoDataset other = DemoData.generate(20200206L);
    assertThat(other).isNotEqualTo(data);
    assertThat(ids(other)).doesNotContainAnyElementsOf(ids(data));
    assertThat(other.sources().stream().map(Source::testimony).toList())
        .isNotEqualTo(data.sources().stream().map(Source::testimony).toList());
  }

  @Test
  void defaultSizeIsAmnestysFourHundred() {
    assertThat(data.respondents()).hasSize(400);
    assertThat(data.sources()).hasSize(400);
    assertThat(data.relatives().size()).isBetween(400, 800);
    assertThat(data.relationships()).hasSize(data.relatives().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 800, 123})
  void amnestyTacticCountsAreExact(int n) {
    DemoDataset d = n == 400 ? data : DemoData.generate(99L + n, n);
    assertThat(targeted(d, Set.of("MESSAGING_SURVEILLANCE"))).isEqualTo(Math.round(n * 21 / 400.0));
    assertThat(targeted(d, Set.of("INFO_DEMAND"))).isEqualTo(Math.round(n * 39 / 400.0));
    assertThat(targeted(d, Set.of("THREAT_DIRECT", "THREAT_FAMILY"))).isEqualTo(Math.round(n * 181 / 400.0));
    assertThat(targeted(d, Set.of("INFORMANT_RECRUIT"))).isEqualTo(Math.round(n * 26 / 400.0));
    if (n == 400) {
      assertThat(List.of(targeted(d, Set.of("MESSAGING_SURVEILLANCE")), targeted(d, Set.of("INFO_DEMAND")),
          targeted(d, Set.of("THREAT_DIRECT", "THREAT_FAMILY")), targeted(d, Set.of("INFORMANT_RECRUIT"))))
          .containsExactly(21L, 39L, 181L, 26L);
    }
  }

  @Test
  void otherTacticsAppearLessOften() {
    Map<String, Long> byTactic = data.incidents().stream().flatMap(i -> i.tactics().stream())
        .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    assertThat(byTactic).containsKeys("RETURN_PRESSURE", "DOCUMENT_DENIAL", "EMBASSY_PRESSURE");
    assertThat(byTactic.get("RETURN_PRESSURE")).isLessThan(targeted(data, Set.of("THREAT_DIRECT", "THREAT_FAMILY")));
  }

  @Test
  void everyResidentIdIsValidAndAgreesWithThePerson() {
    List<Person> withId = data.persons().stream().filter(p -> p.idNumber() != null).toList();
    assertThat(withId.size()).isGreaterThan(data.relatives().size());
    Set<String> seen = new HashSet<>();
    for (Person p : withId) {
      ResidentIdCheck check = ResidentId.check(p.idNumber(), AFTER_DATA);
      assertThat(check.isValid()).as("resident id of a generated person is valid").isTrue();
      assertThat(p.idNumber()).hasSize(18);
      assertThat(seen.add(p.idNumber())).as("resident ids are distinct").isTrue();
      assertThat(ownCheckCharacter(p.idNumber().substring(0, 17))).isEqualTo(p.idNumber().charAt(17));
      assertThat(check.countyCode().orElseThrow()).startsWith("65");
      assertThat(check.sex().orElseThrow()).isEqualTo(p.sex().equals("MALE") ? RegisteredSex.MALE : RegisteredSex.FEMALE);
      LocalDate born = check.birthDate().orElseThrow();
      assertThat(born).isBetween(p.birth().earliest(), p.birth().latest());
    }
  }

  @Test
  void everyRecordHasAnIdVersionZeroAndReferencesResolveInInsertionOrder() {
    Set<UUID> respondentIds = data.respondents().stream().map(Person::id).collect(Collectors.toSet());
    Set<UUID> sourceIds = data.sources().stream().map(Source::id).collect(Collectors.toSet());
    Set<UUID> relativeIds = data.relatives().stream().map(Person::id).collect(Collectors.toSet());
    assertThat(ids(data)).doesNotContainNull().doesNotHaveDuplicates();

    assertThat(data.respondents()).allSatisfy(p -> {
      assertThat(p.version()).isZero();
      assertThat(p.sourceIds()).isEmpty();
    });
    assertThat(data.sources()).allSatisfy(s -> {
      assertThat(s.version()).isZero();
      assertThat(respondentIds).contains(s.reporterPersonId());
    });
    assertThat(data.sources().stream().map(Source::reporterPersonId).collect(Collectors.toSet()))
        .isEqualTo(respondentIds);
    assertThat(data.relatives()).allSatisfy(p -> {
      assertThat(p.version()).isZero();
      assertThat(p.sourceIds()).isNotEmpty();
      assertThat(sourceIds).containsAll(p.sourceIds());
    });
    assertThat(data.incidents()).allSatisfy(i -> {
      assertThat(i.version()).isZero();
      assertThat(respondentIds).contains(i.targetPersonId());
      assertThat(relativeIds).containsAll(i.relativeIds());
      assertThat(sourceIds).containsAll(i.sourceIds());
      assertThat(i.sourceIds()).isNotEmpty();
    });
    assertThat(data.detentions()).allSatisfy(d -> {
      assertThat(d.version()).isZero();
      assertThat(relativeIds).contains(d.personId());
      assertThat(sourceIds).containsAll(d.sourceIds());
    });
    assertThat(data.relationships()).allSatisfy(r -> {
      assertThat(r.version()).isZero();
      assertThat(relativeIds).contains(r.personId());
      assertThat(respondentIds).contains(r.relatedPersonId());
      assertThat(sourceIds).containsAll(r.sourceIds());
      assertThat(r.kind()).isIn("PARENT", "SIBLING", "CHILD", "SPOUSE");
    });
    assertThat(data.relationships().stream().map(Relationship::personId).collect(Collectors.toSet()))
        .isEqualTo(relativeIds);
  }

  @Test
  void incidentsInvolveOnlyTheTargetsOwnRelativesAndSource() {
    Map<UUID, UUID> sourceOfRespondent = new HashMap<>();
    data.sources().forEach(s -> sourceOfRespondent.put(s.reporterPersonId(), s.id()));
    Map<UUID, UUID> respondentOfRelative = new HashMap<>();
    data.relationships().forEach(r -> respondentOfRelative.put(r.personId(), r.relatedPersonId()));
    Map<UUID, String> residence = new HashMap<>();
    data.respondents().forEach(p -> residence.put(p.id(), p.residenceCountry()));
    assertThat(data.incidents()).allSatisfy(i -> {
      assertThat(i.sourceIds()).containsExactly(sourceOfRespondent.get(i.targetPersonId()));
      assertThat(i.relativeIds()).allSatisfy(r -> assertThat(respondentOfRelative.get(r)).isEqualTo(i.targetPersonId()));
      assertThat(i.hostCountry()).isEqualTo(residence.get(i.targetPersonId()));
      assertThat(i.hostCity()).isNotBlank();
      assertThat(i.date().earliest()).isAfterOrEqualTo(LocalDate.of(2016, 1, 1));
      assertThat(i.date().latest()).isBeforeOrEqualTo(LocalDate.of(2019, 12, 31));
    });
    assertThat(data.incidents().stream().filter(i -> i.tactics().contains("THREAT_FAMILY")))
        .anySatisfy(i -> assertThat(i.relativeIds()).isNotEmpty());
    long fromChina = data.incidents().stream().filter(i -> "CN".equals(i.perpetratorCountry())).count();
    assertThat(fromChina).isGreaterThan(data.incidents().size() * 3L / 4);
  }

  @Test
  void respondentsLiveIn22CountriesOnFiveContinents() {
    Set<String> countries = data.respondents().stream().map(Person::residenceCountry).collect(Collectors.toSet());
    assertThat(countries).hasSize(22).contains("KZ", "KG", "UZ", "AF", "AU", "BE", "CA", "DE", "NO", "RU", "SA",
        "SE", "NL", "TR", "US", "FR", "IR", "EG", "NZ");
    Map<String, String> continent = new HashMap<>();
    Residences.ALL.forEach(r -> continent.put(r.country(), r.continent()));
    assertThat(countries.stream().map(continent::get).collect(Collectors.toSet())).hasSize(5);
    assertThat(count(data.respondents(), p -> p.residenceCountry().equals("TR")))
        .isGreaterThan(count(data.respondents(), p -> p.residenceCountry().equals("NZ")));
  }

  @Test
  void twoThirdsAreAnonymous() {
    double share = (double) count(data.respondents(), p -> p.identityLevel().equals("ANONYMOUS")) / 400;
    assertThat(share).isBetween(2 / 3.0 - 0.03, 2 / 3.0 + 0.03);
    assertThat(data.respondents()).extracting(Person::identityLevel).contains("PARTIAL", "FULL");
  }

  @Test
  void respondentsAreMostlyUyghurWithKazakhUzbekAndKyrgyz() {
    Map<String, Long> byEthnicity = data.respondents().stream()
        .collect(Collectors.groupingBy(Person::ethnicity, Collectors.counting()));
    assertThat(byEthnicity).containsKeys("UYGHUR", "KAZAKH", "UZBEK", "KYRGYZ");
    assertThat(byEthnicity.get("UYGHUR")).isGreaterThan(200);
  }

  @Test
  void namesAreMultiScriptAndWellFormed() {
    Set<String> scripts = data.persons().stream().flatMap(p -> p.names().stream()).map(PersonName::script)
        .collect(Collectors.toSet());
    assertThat(scripts).contains("UEY", "ULY", "HANZI");
    assertThat(scripts).containsAnyOf("UCS", "KAZAKH_CYRILLIC", "CYRILLIC");
    assertThat(scripts).contains("UCS", "KAZAKH_CYRILLIC", "CYRILLIC", "TURKISH", "LATIN");
    assertThat(data.persons()).allSatisfy(p -> {
      assertThat(p.names()).hasSizeBetween(1, 3);
      assertThat(p.names().stream().map(PersonName::script).distinct().count()).isEqualTo(p.names().size());
    });
    for (PersonName n : allNames()) {
      switch (n.script()) {
        case "HANZI" -> assertThat(n.value()).contains("\u00B7").matches("[\\p{IsHan}]+\u00B7[\\p{IsHan}]+");
        case "UEY" -> assertThat(n.value()).matches("[\\p{InArabic} ]+");
        case "UCS", "CYRILLIC", "KAZAKH_CYRILLIC" -> assertThat(n.value()).matches("[\\p{IsCyrillic} ]+");
        default -> assertThat(n.value()).matches("[\\p{IsLatin}' ]+");
      }
      assertThat(n.value().split("[ \u00B7]")).hasSize(2);
    }
    assertThat(allNames().stream().filter(n -> n.script().equals("KAZAKH_CYRILLIC")))
        .allSatisfy(n -> assertThat(n.value()).matches(".* \\S+(ұлы|қызы)"));
    assertThat(allNames().stream().filter(n -> n.script().equals("CYRILLIC")))
        .allSatisfy(n -> assertThat(n.value()).matches(".* \\S+(ов|ев|ова|ева)"));
  }

  @Test
  void noGeneratedNameIsAKnownRealPersonsName() {
    Set<String> uly = allNames().stream().filter(n -> n.script().equals("ULY")).map(PersonName::value)
        .collect(Collectors.toSet());
    assertThat(uly).isNotEmpty().doesNotContainAnyElementsOf(UyghurNames.REAL_PEOPLE);
    for (GivenName g : UyghurNames.MALE) {
      for (GivenName f : UyghurNames.MALE) {
        if (UyghurNames.REAL_PEOPLE.contains(g.uly() + " " + f.uly())) {
          assertThat(UyghurNames.allowed(g, f)).isFalse();
        }
      }
    }
  }

  @Test
  void relativesFollowThePatronymicPattern() {
    Map<UUID, Person> byId = new HashMap<>();
    data.persons().forEach(p -> byId.put(p.id(), p));
    int checked = 0;
    for (Relationship r : data.relationships()) {
      Person relative = byId.get(r.personId());
      Person respondent = byId.get(r.relatedPersonId());
      String rel = uly(relative);
      String res = uly(respondent);
      if (rel == null || res == null) {
        continue;
      }
      String[] a = rel.split(" ");
      String[] b = res.split(" ");
      if (r.kind().equals("SIBLING")) {
        assertThat(a[1]).isEqualTo(b[1]);
        checked++;
      } else if (r.kind().equals("PARENT") && relative.sex().equals("MALE")) {
        assertThat(a[0]).isEqualTo(b[1]);
        checked++;
      } else if (r.kind().equals("CHILD") && respondent.sex().equals("MALE")) {
        assertThat(a[1]).isEqualTo(b[0]);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void relativesAreProtectedThirdPartiesInXinjiang() {
    assertThat(data.relatives()).allSatisfy(p -> {
      assertThat(p.protectedThirdParty()).isTrue();
      assertThat(p.consent().purposes()).isEmpty();
      assertThat(p.contacts()).isEmpty();
      assertThat(p.residenceCountry()).isEqualTo("CN");
      assertThat(p.home().country()).isEqualTo("CN");
      assertThat(p.home().countyCode()).matches("65\\d{4}");
      assertThat(p.idNumber()).isNotNull();
    });
    assertThat(data.relatives()).anySatisfy(p -> assertThat(p.home().locality()).isNotBlank());
    assertThat(data.respondents()).allSatisfy(p -> {
      assertThat(p.protectedThirdParty()).isFalse();
      assertThat(p.residenceCountry()).isNotEqualTo("CN");
    });
  }

  @Test
  void detentionHistoriesAreVariedAndPlausible() {
    Set<String> statuses = data.detentions().stream().map(Detention::status).collect(Collectors.toSet());
    assertThat(statuses).contains("IN_CAMP", "SENTENCED", "POLICE_CUSTODY", "DISAPPEARED", "NO_CONTACT",
        "RELEASED_WATCHED");
    assertThat(data.detentions()).allSatisfy(d -> {
      if (d.status().equals("SENTENCED")) {
        assertThat(d.sentenceMonths()).isNotNull().isBetween(12, 300);
      } else {
        assertThat(d.sentenceMonths()).isNull();
      }
      assertThat(d.date().earliest()).isAfterOrEqualTo(LocalDate.of(2016, 1, 1));
      assertThat(d.date().latest()).isBeforeOrEqualTo(LocalDate.of(2019, 12, 31));
      assertThat(d.place().countyCode()).startsWith("65");
    });
    long tnrLinked = count(data.detentions(), d -> d.reasons().contains("RELATIVE_ABROAD"));
    assertThat(tnrLinked).isGreaterThan(data.detentions().size() / 3);
    Map<UUID, List<Detention>> byPerson = data.detentions().stream().collect(Collectors.groupingBy(Detention::personId));
    assertThat(byPerson.values()).allSatisfy(events -> {
      for (int k = 1; k < events.size(); k++) {
        assertThat(events.get(k).date().latest()).isAfterOrEqualTo(events.get(k - 1).date().earliest());
      }
    });
  }

  @Test
  void sourcesCarryTestimoniesInSeveralLanguagesAndVariedConsent() {
    assertThat(data.sources()).allSatisfy(s -> {
      assertThat(s.kind()).isIn("INTERVIEW", "QUESTIONNAIRE");
      assertThat(s.testimony()).isNotBlank();
      assertThat(s.language()).isIn("en", "ug", "kk", "ru");
      assertThat(s.receivedOn().earliest()).isBetween(LocalDate.of(2018, 9, 1), LocalDate.of(2019, 9, 30));
    });
    Map<String, List<Source>> byLanguage = data.sources().stream().collect(Collectors.groupingBy(Source::language));
    assertThat(byLanguage).containsKeys("en", "ug", "kk", "ru");
    assertThat(byLanguage.get("ug")).allSatisfy(s -> assertThat(s.testimony()).containsPattern("\\p{InArabic}{3}"));
    assertThat(byLanguage.get("kk")).allSatisfy(s -> assertThat(s.testimony()).containsPattern("[құүәіңғө]"));
    assertThat(byLanguage.get("ru")).allSatisfy(s -> assertThat(s.testimony()).containsPattern("\\p{IsCyrillic}{3}"));
    assertThat(data.sources()).extracting(Source::verification).contains("REPORTED", "PARTIALLY_VERIFIED",
        "CORROBORATED", "DOCUMENTED");

    long internal = count(data.sources(), s -> s.consent().permits("INTERNAL_ANALYSIS"));
    long stats = count(data.sources(), s -> s.consent().permits("AGGREGATE_STATISTICS"));
    long publicProfile = count(data.sources(), s -> s.consent().permits("PUBLIC_PROFILE"));
    long un = count(data.sources(), s -> s.consent().permits("UN_SUBMISSION"));
    assertThat(internal).isGreaterThan(340);
    assertThat(stats).isGreaterThan(320);
    assertThat(publicProfile).isPositive().isLessThan(stats / 2);
    assertThat(un).isPositive().isLessThan(stats / 2);
    List<ConsentEntry> withdrawn = data.sources().stream().flatMap(s -> s.consent().purposes().values().stream())
        .filter(e -> e.status() == ConsentStatus.WITHDRAWN).toList();
    assertThat(withdrawn).isNotEmpty().allSatisfy(e -> assertThat(e.withdrawnOn()).isAfter(e.recordedOn()));
    Map<UUID, Person> respondents = new HashMap<>();
    data.respondents().forEach(p -> respondents.put(p.id(), p));
    assertThat(data.sources()).allSatisfy(s ->
        assertThat(s.consent()).isEqualTo(respondents.get(s.reporterPersonId()).consent()));
  }

  @Test
  void respondentContactsAreFictional() {
    List<Contact> phones = data.respondents().stream().flatMap(p -> p.contacts().stream())
        .filter(c -> c.kind().equals("PHONE") || c.kind().equals("WHATSAPP") || c.kind().equals("SIGNAL")).toList();
    assertThat(phones).isNotEmpty().allSatisfy(c -> assertThat(c.value()).matches(
        "\\+\\d{1,3} 555 01\\d \\d{4}|\\+1 \\d{3} 555 01\\d\\d|\\+44 7700 900\\d{3}|\\+61 491 570 1\\d\\d"));
    assertThat(data.respondents().stream().flatMap(p -> p.contacts().stream()).map(Contact::kind))
        .contains("WECHAT", "WHATSAPP");
    assertThat(data.respondents()).anySatisfy(p -> assertThat(p.notes()).isNotBlank());
  }

  @Test
  void toStringShowsCountsAndNoIdentityData() {
    String text = data.toString();
    assertThat(text).isEqualTo("DemoDataset[respondents=400, sources=400, relatives=" + data.relatives().size()
        + ", incidents=" + data.incidents().size() + ", detentions=" + data.detentions().size()
        + ", relationships=" + data.relationships().size() + "]");
    for (PersonName n : allNames().subList(0, 50)) {
      assertThat(text).doesNotContain(n.value());
    }
  }

  @Test
  void rejectsBadSizes() {
    assertThatThrownBy(() -> DemoData.generate(1L, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoData.generate(1L, -5)).isInstanceOf(IllegalArgumentException.class);
    DemoDataset tiny = DemoData.generate(1L, 5);
    assertThat(tiny.respondents()).hasSize(5);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static long targeted(DemoDataset d, Set<String> tactics) {
    return d.incidents().stream().filter(i -> i.tactics().stream().anyMatch(tactics::contains))
        .map(Incident::targetPersonId).distinct().count();
  }

  private static List<UUID> ids(DemoDataset d) {
    List<UUID> all = new ArrayList<>();
    d.respondents().forEach(p -> all.add(p.id()));
    d.sources().forEach(s -> all.add(s.id()));
    d.relatives().forEach(p -> all.add(p.id()));
    d.incidents().forEach(i -> all.add(i.id()));
    d.detentions().forEach(x -> all.add(x.id()));
    d.relationships().forEach(r -> all.add(r.id()));
    return all;
  }

  private List<PersonName> allNames() {
    return data.persons().stream().flatMap(p -> p.names().stream()).toList();
  }

  private static String uly(Person p) {
    return p.names().stream().filter(n -> n.script().equals("ULY")).map(PersonName::value).findFirst().orElse(null);
  }

  private static <T> long count(List<T> items, Predicate<T> test) {
    return items.stream().filter(test).count();
  }

  /** ISO 7064 MOD 11-2, recursive form (DOMAIN.md §10), independent of the generator's code. */
  private static char ownCheckCharacter(String first17) {
    int p = 0;
    for (char c : first17.toCharArray()) {
      p = ((p + (c - '0')) * 2) % 11;
    }
    int check = (12 - p) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }
}
