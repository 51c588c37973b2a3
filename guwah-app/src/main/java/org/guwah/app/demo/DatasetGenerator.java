package org.guwah.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.guwah.app.demo.TestimonyFacts.RelativeEvent;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.detentions.Detention;
import org.guwah.core.geo.Place;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.AgeRange;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;

/**
 * Builds one {@link DemoDataset}. All chance comes from two {@link Random}s seeded from the seed
 * (one for content, one for record ids, on a fixed clock), so a seed always yields the same
 * dataset. Single use, not thread-safe.
 */
final class DatasetGenerator {
  /** The fixed clock of the id generator: the month Amnesty published its study. */
  static final Instant ID_CLOCK = Instant.parse("2020-02-01T00:00:00Z");

  private static final LocalDate STUDY_START = LocalDate.of(2018, 9, 1);
  private static final LocalDate STUDY_END = LocalDate.of(2019, 9, 30);
  private static final LocalDate EVENTS_FROM = LocalDate.of(2016, 1, 1);
  private static final LocalDate LATEST_EVENT = LocalDate.of(2019, 12, 31);
  private static final LocalDate LATEST_BIRTH = LocalDate.of(2017, 12, 31);
  private static final LocalDate LATEST_WITHDRAWAL = LocalDate.of(2020, 1, 31);
  private static final Set<String> DISTANCE_TACTICS = Set.of(
      "THREAT_DIRECT", "THREAT_FAMILY", "INFO_DEMAND", "INFORMANT_RECRUIT", "RETURN_PRESSURE",
      "MESSAGING_SURVEILLANCE");

  private final Random rnd;
  private final Ids ids;
  private final SyntheticResidentIds residentIds = new SyntheticResidentIds();

  private final List<Person> respondents = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<Person> relatives = new ArrayList<>();
  private final List<Incident> incidents = new ArrayList<>();
  private final List<Detention> detentions = new ArrayList<>();
  private final List<Relationship> relationships = new ArrayList<>();

  DatasetGenerator(long seed) {
    this.rnd = new Random(seed);
    this.ids = new Ids(Clock.fixed(ID_CLOCK, ZoneOffset.UTC), new Random(Long.rotateLeft(seed, 29) ^ 0x6775_7761_6864L));
  }

  DemoDataset generate(int n) {
    List<Residence> residences = Residences.allocate(n, rnd);
    List<String> levels = identityLevels(n);
    TacticPlan plan = TacticPlan.allocate(n, rnd);
    for (int i = 0; i < n; i++) {
      respondent(i, residences.get(i), levels.get(i), plan);
    }
    return new DemoDataset(respondents, sources, relatives, incidents, detentions, relationships);
  }

  /** Exactly two thirds (rounded) anonymous, the rest split between partial and full, shuffled. */
  private List<String> identityLevels(int n) {
    int anonymous = (int) Math.round(n * 2 / 3.0);
    List<String> levels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      levels.add(i < anonymous ? "ANONYMOUS" : (i - anonymous) % 2 == 0 ? "PARTIAL" : "FULL");
    }
    Collections.shuffle(levels, rnd);
    return levels;
  }

  // --- one respondent and everything hanging off them ------------------------------------------

  private void respondent(int index, Residence residence, String level, TacticPlan plan) {
    UUID personId = ids.next();
    UUID sourceId = ids.next();
    String ethnicity = ethnicity(residence);
    boolean male = Draws.chance(rnd, 58);
    FullName name = ethnicity.equals("KAZAKH") ? KazakhFullName.random(rnd, male) : UyghurFullName.random(rnd, male);
    County county = Counties.forEthnicity(rnd, ethnicity);
    LocalDate birthDay = DemoDates.day(rnd, LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31));
    int leftIn = Draws.between(rnd, Math.min(2018, Math.max(1995, birthDay.getYear() + 16)), 2018);
    String city = Draws.one(rnd, residence.cities());
    LocalDate interviewed = DemoDates.day(rnd, STUDY_START, STUDY_END);
    boolean questionnaire = Draws.chance(rnd, 20);

    @Nullable FuzzyDate birth = null;
    @Nullable AgeRange age = null;
    if (Draws.chance(rnd, 85)) {
      birth = DemoDates.fuzzy(rnd, birthDay, birthDay, birthDay, 55, 15, 0, 30, 0);
    } else {
      int years = interviewed.getYear() - birthDay.getYear();
      int min = years / 10 * 10;
      age = new AgeRange(min, min + 9, interviewed.getYear());
    }
    @Nullable String idNumber = birth != null && Draws.chance(rnd, 40)
        ? residentIds.issue(rnd, county.codeInIdFor(birthDay.getYear()), birthDay, male)
        : null;
    Place home = new Place("CN", county.currentCode(), Draws.chance(rnd, 50) ? Villages.random(rnd) : null, null);
    Consent consent = consent(level, interviewed, questionnaire);
    Person respondent = new Person(personId, 0, respondentNames(name, ethnicity, residence), male ? "MALE" : "FEMALE",
        birth, age, ethnicity, home, residence.country(), contacts(residence), idNumber, level, false, consent,
        Draws.chance(rnd, 40) ? Draws.one(rnd, Notes.RESPONDENT) : null, List.of());
    respondents.add(respondent);

    List<Relative> family = family(personId, sourceId, name, ethnicity, county, birthDay);
    List<RelativeEvent> events = new ArrayList<>();
    for (Relative r : family) {
      events.addAll(detentions(r, sourceId));
    }
    events.sort(Comparator.comparingInt(RelativeEvent::year));
    List<String> tactics = incidents(index, plan, personId, sourceId, residence, city, ethnicity, family, interviewed);

    String language = language(ethnicity, residence);
    String testimony = Testimonies.compose(rnd, new TestimonyFacts(language, male, ethnicity, county.prefecture(), city,
        leftIn, level.equals("ANONYMOUS"), events, tactics));
    @Nullable String relation = family.isEmpty() ? null : reporterRelation(family.get(0).kind);
    YearMonth month = YearMonth.from(interviewed);
    sources.add(new Source(sourceId, 0, questionnaire ? "QUESTIONNAIRE" : "INTERVIEW", personId, relation,
        FuzzyDate.ofDay(interviewed), language, verification(), consent,
        questionnaire ? "Questionnaire response " + month : "Interview, " + city + ", " + month,
        String.format("DEMO-%s-%05d", questionnaire ? "Q" : "INT", index + 1), testimony));
  }

  private String ethnicity(Residence residence) {
    return switch (residence.country()) {
      case "KZ" -> Draws.chance(rnd, 55) ? "KAZAKH" : "UYGHUR";
      case "KG" -> List.of("UYGHUR", "KYRGYZ", "KAZAKH").get(Draws.weighted(rnd, 60, 35, 5));
      case "UZ" -> Draws.chance(rnd, 60) ? "UYGHUR" : "UZBEK";
      default -> List.of("UYGHUR", "KAZAKH", "UZBEK", "KYRGYZ").get(Draws.weighted(rnd, 90, 6, 2, 2));
    };
  }

  private String language(String ethnicity, Residence residence) {
    return switch (ethnicity) {
      case "KAZAKH" -> List.of("kk", "ru", "en").get(Draws.weighted(rnd, 55, 25, 20));
      case "UZBEK", "KYRGYZ" -> Draws.chance(rnd, 55) ? "ru" : "en";
      default -> List.of("ug", "en", "ru").get(Draws.weighted(rnd, 35, 55, residence.russianSpeaking() ? 20 : 0));
    };
  }

  private String verification() {
    return List.of("REPORTED", "PARTIALLY_VERIFIED", "CORROBORATED", "DOCUMENTED").get(Draws.weighted(rnd, 45, 30, 18, 7));
  }

  private static String reporterRelation(String relativeKind) {
    return switch (relativeKind) {
      case "PARENT" -> "CHILD";
      case "CHILD" -> "PARENT";
      default -> relativeKind; // SIBLING, SPOUSE are symmetric
    };
  }

  // --- names and contacts ------------------------------------------------------------------------

  private List<PersonName> respondentNames(FullName name, String ethnicity, Residence residence) {
    if (ethnicity.equals("KAZAKH")) {
      return names(name, "interview", List.of("KAZAKH_CYRILLIC", "KAZAKH_LATIN", "HANZI", "CYRILLIC"),
          new int[] {40, 20, 10, residence.russianSpeaking() ? 30 : 10});
    }
    boolean ru = residence.russianSpeaking();
    boolean tr = residence.country().equals("TR");
    return names(name, "interview", List.of("ULY", "UEY", "HANZI", "LATIN", "TURKISH", "UCS", "CYRILLIC"),
        new int[] {30, 20, 10, 15, tr ? 25 : 0, ru ? 20 : 0, ru ? 20 : 0});
  }

  private List<PersonName> relativeNames(FullName name) {
    if (name instanceof KazakhFullName) {
      return names(name, "respondent's account", List.of("KAZAKH_CYRILLIC", "HANZI", "KAZAKH_LATIN"),
          new int[] {40, 45, 15});
    }
    return names(name, "respondent's account", List.of("UEY", "HANZI", "ULY", "LATIN"), new int[] {35, 35, 25, 5});
  }

  /** One to three renderings in different scripts, drawn by weight without replacement. */
  private List<PersonName> names(FullName name, String source, List<String> scripts, int[] weights) {
    int count = 1 + Draws.weighted(rnd, 30, 45, 25);
    int[] w = weights.clone();
    List<PersonName> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int available = 0;
      for (int x : w) {
        available += x;
      }
      if (available == 0) {
        break;
      }
      int i = Draws.weighted(rnd, w);
      w[i] = 0;
      String script = scripts.get(i);
      String from = script.equals("HANZI") && !source.equals("interview") ? "ID card copy" : source;
      out.add(new PersonName(name.render(script), script, from));
    }
    return out;
  }

  private List<Contact> contacts(Residence residence) {
    List<Contact> out = new ArrayList<>();
    if (Draws.chance(rnd, 85)) {
      out.add(new Contact("PHONE", residence.fictionalPhone(rnd)));
    }
    if (Draws.chance(rnd, 50)) {
      out.add(new Contact("WHATSAPP", residence.fictionalPhone(rnd)));
    }
    if (Draws.chance(rnd, 35)) {
      out.add(new Contact("WECHAT", "wxid_" + Draws.alnum(rnd, 14)));
    }
    if (Draws.chance(rnd, 15)) {
      out.add(new Contact("TELEGRAM", "@demo_" + Draws.alnum(rnd, 8)));
    }
    if (Draws.chance(rnd, 10)) {
      out.add(new Contact("SIGNAL", residence.fictionalPhone(rnd)));
    }
    if (Draws.chance(rnd, 20)) {
      out.add(new Contact("EMAIL", Draws.alnum(rnd, 9) + "@example.org"));
    }
    return out;
  }

  // --- consent -----------------------------------------------------------------------------------

  private Consent consent(String level, LocalDate on, boolean questionnaire) {
    String method = questionnaire ? "ONLINE_FORM"
        : List.of("WRITTEN", "ORAL_RECORDED", "ORAL_NOTED").get(Draws.weighted(rnd, 40, 35, 25));
    Consent c = Consent.none();
    c = c.with("INTERNAL_ANALYSIS", grantOrRefuse(97, on, method));
    c = c.with("AGGREGATE_STATISTICS", grantOrRefuse(93, on, method));
    int publicShare = switch (level) {
      case "FULL" -> 60;
      case "PARTIAL" -> 30;
      default -> 5;
    };
    c = c.with("PUBLIC_PROFILE", withdrawSome(grantOrRefuse(publicShare, on, method), on, 12));
    if (Draws.chance(rnd, 70)) {
      c = c.with("UN_SUBMISSION", withdrawSome(grantOrRefuse(50, on, method), on, 12));
    }
    if (Draws.chance(rnd, 45)) {
      c = c.with("PARTNER_SHARING", withdrawSome(grantOrRefuse(65, on, method), on, 10));
    }
    if (Draws.chance(rnd, 2)) { // withdraws everything
      LocalDate day = withdrawalDay(on);
      for (String purpose : List.copyOf(c.purposes().keySet())) {
        ConsentEntry e = c.purposes().get(purpose);
        if (e != null && e.status().permits()) {
          c = c.with(purpose, e.withdraw(day));
        }
      }
    }
    return c;
  }

  private ConsentEntry grantOrRefuse(double grantPercent, LocalDate on, String method) {
    return Draws.chance(rnd, grantPercent) ? ConsentEntry.granted(on, method) : ConsentEntry.refused(on);
  }

  private ConsentEntry withdrawSome(ConsentEntry e, LocalDate on, double percent) {
    return e.status().permits() && Draws.chance(rnd, percent) ? e.withdraw(withdrawalDay(on)) : e;
  }

  private LocalDate withdrawalDay(LocalDate on) {
    return DemoDates.day(rnd, on.plusDays(7), LATEST_WITHDRAWAL);
  }

  // --- relatives in Xinjiang ---------------------------------------------------------------------

  /** A relative as generated, with what later steps need. */
  private record Relative(UUID id, String kind, Kin kin, LocalDate birth, County county, String ethnicity) {
    @Override
    public String toString() {
      return "Relative[id=" + id + ", kind=" + kind + ", <birth and place redacted>]";
    }
  }

  private List<Relative> family(
      UUID respondentId, UUID sourceId, FullName name, String ethnicity, County county, LocalDate birthDay) {
    int count = Draws.weighted(rnd, 20, 35, 30, 15);
    List<Kin> pool = new ArrayList<>(List.of(Kin.FATHER, Kin.MOTHER, Kin.BROTHER, Kin.SISTER, Kin.BROTHER,
        Kin.SISTER, name.male() ? Kin.WIFE : Kin.HUSBAND));
    if (birthDay.getYear() <= 1995) {
      pool.addAll(List.of(Kin.SON, Kin.DAUGHTER, Kin.SON, Kin.DAUGHTER));
    }
    Collections.shuffle(pool, rnd);
    List<Kin> chosen = new ArrayList<>();
    for (Kin k : pool) {
      if (chosen.size() == count) {
        break;
      }
      boolean unique = k == Kin.FATHER || k == Kin.MOTHER || k == Kin.WIFE || k == Kin.HUSBAND;
      if (!(unique && chosen.contains(k))) {
        chosen.add(k);
      }
    }
    // spouse first, so that children can be named after their father
    chosen.sort(Comparator.comparingInt(k -> k == Kin.WIFE || k == Kin.HUSBAND ? 0 : 1));
    FullName spouse = name;
    List<Relative> out = new ArrayList<>();
    for (Kin kin : chosen) {
      FullName relName;
      LocalDate born;
      String kind;
      switch (kin) {
        case FATHER -> {
          relName = name.father(rnd);
          born = birthDay.minusYears(Draws.between(rnd, 22, 40)).minusDays(rnd.nextInt(365));
          kind = "PARENT";
        }
        case MOTHER -> {
          relName = name.stranger(rnd, false);
          born = birthDay.minusYears(Draws.between(rnd, 18, 35)).minusDays(rnd.nextInt(365));
          kind = "PARENT";
        }
        case BROTHER, SISTER -> {
          relName = name.sibling(rnd, kin.male);
          born = birthDay.plusYears(Draws.between(rnd, -12, 12)).plusDays(rnd.nextInt(365) - 182);
          kind = "SIBLING";
        }
        case SON, DAUGHTER -> {
          relName = name.child(rnd, kin.male, spouse);
          born = birthDay.plusYears(Draws.between(rnd, 20, 38)).plusDays(rnd.nextInt(365));
          kind = "CHILD";
        }
        default -> {
          relName = name.stranger(rnd, kin.male);
          spouse = relName;
          born = birthDay.plusYears(Draws.between(rnd, kin.male ? -8 : -2, kin.male ? 2 : 8)).plusDays(rnd.nextInt(365));
          kind = "SPOUSE";
        }
      }
      if (born.isAfter(LATEST_BIRTH)) { // a young respondent's child or sibling
        LocalDate from = kind.equals("CHILD") ? birthDay.plusYears(18) : LATEST_BIRTH.minusYears(10);
        born = DemoDates.day(rnd, earliest(from, LATEST_BIRTH), LATEST_BIRTH);
      }
      County home = Draws.chance(rnd, 80) ? county : Counties.forEthnicity(rnd, ethnicity);
      UUID id = ids.next();
      String idNumber = residentIds.issue(rnd, home.codeInIdFor(born.getYear()), born, kin.male);
      Person p = new Person(id, 0, relativeNames(relName), kin.male ? "MALE" : "FEMALE",
          DemoDates.fuzzy(rnd, born, born, born, 60, 5, 0, 35, 0), null, ethnicity,
          new Place("CN", home.currentCode(), Draws.chance(rnd, 85) ? Villages.random(rnd) : null, null), "CN",
          List.of(), idNumber, "ANONYMOUS", true, Consent.none(),
          Draws.chance(rnd, 25) ? Draws.one(rnd, Notes.RELATIVE) : null, List.of(sourceId));
      relatives.add(p);
      relationships.add(new Relationship(ids.next(), 0, id, kind, respondentId, List.of(sourceId)));
      out.add(new Relative(id, kind, kin, born, home, ethnicity));
    }
    return out;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  // --- detention histories -----------------------------------------------------------------------

  private List<RelativeEvent> detentions(Relative r, UUID sourceId) {
    if (!Draws.chance(rnd, 85)) {
      return List.of();
    }
    List<String> statuses;
    if (r.birth.getYear() >= 2002) {
      statuses = Draws.chance(rnd, 70) ? List.of("SEPARATED_CHILD") : List.of("NO_CONTACT");
    } else {
      statuses = switch (Draws.weighted(rnd, 20, 20, 12, 15, 10, 10, 6, 2)) {
        case 0 -> List.of("NO_CONTACT");
        case 1 -> List.of("IN_CAMP");
        case 2 -> List.of("IN_CAMP", "RELEASED_WATCHED");
        case 3 -> List.of("POLICE_CUSTODY", "SENTENCED");
        case 4 -> List.of("IN_CAMP", "SENTENCED");
        case 5 -> List.of("DISAPPEARED");
        case 6 -> List.of("RESTRICTED_MOVEMENT");
        default -> List.of("IN_CAMP", "DIED");
      };
    }
    List<RelativeEvent> out = new ArrayList<>();
    LocalDate day = DemoDates.day(rnd, LocalDate.of(2016, 6, 1), LocalDate.of(2018, 12, 31));
    List<String> reasons = reasons();
    for (int k = 0; k < statuses.size(); k++) {
      String status = statuses.get(k);
      if (k > 0) {
        LocalDate from = day.plusMonths(3);
        if (from.isAfter(LATEST_EVENT)) {
          break;
        }
        day = DemoDates.day(rnd, from, earliest(day.plusMonths(24), LATEST_EVENT));
      }
      @Nullable Integer months = null;
      @Nullable String charge = null;
      List<String> eventReasons = reasons;
      @Nullable String facility = null;
      switch (status) {
        case "SENTENCED" -> {
          months = 12 * Draws.one(rnd, 2, 3, 5, 7, 8, 9, 10, 10, 12, 14, 15, 17, 20, 25);
          int c = rnd.nextInt(3);
          charge = List.of("Gathering a crowd to disturb social order", "Picking quarrels and provoking trouble",
              "Promoting extremism").get(c);
          List<String> withCharge = new ArrayList<>(reasons);
          withCharge.add(List.of("GATHERING_CROWD", "PICKING_QUARRELS", "EXTREMISM_CHARGE").get(c));
          eventReasons = withCharge;
          facility = "Prison No. " + Draws.between(rnd, 1, 6) + " (demo)";
        }
        case "IN_CAMP" -> facility = "Vocational skills education and training centre No. " + Draws.between(rnd, 1, 9)
            + " (demo)";
        case "POLICE_CUSTODY" -> facility = "County detention centre (demo)";
        case "NO_CONTACT", "DISAPPEARED", "SEPARATED_CHILD" -> eventReasons = List.of();
        default -> { }
      }
      FuzzyDate date = DemoDates.fuzzy(rnd, day, EVENTS_FROM, LATEST_EVENT, 15, 35, 15, 30, 5);
      @Nullable String reasonText = !eventReasons.isEmpty() && Draws.chance(rnd, 40) ? Draws.one(rnd, Notes.REASON) : null;
      detentions.add(new Detention(ids.next(), 0, r.id, status, date, new Place("CN", r.county.currentCode(), null, null),
          facility, eventReasons, reasonText, charge, months, List.of(sourceId)));
      out.add(new RelativeEvent(r.kin, status, day.getYear(), months == null ? 0 : months / 12));
    }
    return out;
  }

  private List<String> reasons() {
    List<String> out = new ArrayList<>();
    if (Draws.chance(rnd, 70)) {
      out.add("RELATIVE_ABROAD");
    }
    if (Draws.chance(rnd, 40)) {
      String extra = Draws.one(rnd, "TRAVEL_ABROAD", "MONEY_SENT_ABROAD", "FOREIGN_CONTACT", "FOREIGN_APP_USE",
          "RELIGIOUS_PRACTICE", "PASSPORT_HELD", "UNTRUSTWORTHY");
      out.add(extra);
    }
    if (out.isEmpty()) {
      out.add("UNKNOWN");
    }
    return out;
  }

  // --- incidents against the respondent ----------------------------------------------------------

  private List<String> incidents(int index, TacticPlan plan, UUID personId, UUID sourceId, Residence residence,
      String city, String ethnicity, List<Relative> family, LocalDate interviewed) {
    List<String> tactics = new ArrayList<>();
    if (plan.messaging(index)) {
      tactics.add("MESSAGING_SURVEILLANCE");
    }
    if (plan.info(index)) {
      tactics.add("INFO_DEMAND");
    }
    if (plan.threat(index)) {
      int which = family.isEmpty() ? 0 : rnd.nextInt(3);
      if (which != 1) {
        tactics.add("THREAT_DIRECT");
      }
      if (which != 0) {
        tactics.add("THREAT_FAMILY");
      }
    }
    if (plan.informant(index)) {
      tactics.add("INFORMANT_RECRUIT");
    }
    extra(tactics, "RETURN_PRESSURE", 8);
    extra(tactics, "DOCUMENT_DENIAL", 5);
    extra(tactics, "EMBASSY_PRESSURE", 4);
    extra(tactics, "SPYWARE_PHISHING", 3);
    extra(tactics, "ONLINE_HARASSMENT", 3);
    extra(tactics, "PHYSICAL_INTIMIDATION", 2);
    extra(tactics, "INTERPOL_OR_EXTRADITION_REQUEST", 0.5);
    extra(tactics, "ASSAULT", 0.5);
    if (Set.of("EG", "SA", "TR", "KZ", "KG", "UZ", "AF", "IR").contains(residence.country())) {
      extra(tactics, "HOST_DETENTION", 1.5);
    }
    Collections.shuffle(tactics, rnd);

    List<List<String>> groups = new ArrayList<>();
    for (String t : tactics) {
      @Nullable List<String> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.size() < 3 && DISTANCE_TACTICS.contains(t) && DISTANCE_TACTICS.contains(last.get(0))
          && Draws.chance(rnd, 35)) {
        last.add(t);
      } else {
        groups.add(new ArrayList<>(List.of(t)));
      }
    }
    List<String> told = new ArrayList<>();
    for (List<String> group : groups) {
      incident(group, personId, sourceId, residence, city, ethnicity, family, interviewed);
      told.addAll(group);
    }
    return told;
  }

  private void extra(List<String> tactics, String tactic, double percent) {
    if (Draws.chance(rnd, percent)) {
      tactics.add(tactic);
    }
  }

  private void incident(List<String> group, UUID personId, UUID sourceId, Residence residence, String city,
      String ethnicity, List<Relative> family, LocalDate interviewed) {
    String primary = group.get(0);
    String channel = channel(primary);
    String perpetrator;
    @Nullable String perpetratorCountry = "CN";
    switch (primary) {
      case "HOST_DETENTION" -> {
        perpetrator = Draws.chance(rnd, 70) ? "HOST_STATE_POLICE" : "HOST_MIGRATION_AUTHORITY";
        perpetratorCountry = residence.country();
      }
      case "EMBASSY_PRESSURE", "DOCUMENT_DENIAL" -> perpetrator = "EMBASSY_OR_CONSULATE";
      case "INTERPOL_OR_EXTRADITION_REQUEST" -> perpetrator = "PRC_PUBLIC_SECURITY";
      case "SPYWARE_PHISHING", "ONLINE_HARASSMENT", "ASSAULT", "PHYSICAL_INTIMIDATION" -> {
        perpetrator = "UNKNOWN";
        perpetratorCountry = Draws.chance(rnd, 50) ? "CN" : null;
      }
      default -> {
        if (channel.equals("VIA_RELATIVE")) {
          perpetrator = "RELATIVE_FORCED";
        } else {
          perpetrator = List.of("XINJIANG_POLICE", "PRC_PUBLIC_SECURITY", "STATE_SECURITY", "LOCAL_CADRE",
              "UNITED_FRONT", "UNKNOWN").get(Draws.weighted(rnd, 55, 10, 15, 10, 5, 5));
          if (perpetrator.equals("UNKNOWN") && rnd.nextBoolean()) {
            perpetratorCountry = null;
          }
        }
      }
    }
    List<UUID> relativeIds = new ArrayList<>();
    boolean involvesFamily = group.contains("THREAT_FAMILY") || group.contains("RETURN_PRESSURE")
        || channel.equals("VIA_RELATIVE");
    if (involvesFamily && !family.isEmpty()) {
      List<Relative> shuffled = new ArrayList<>(family);
      Collections.shuffle(shuffled, rnd);
      int take = Math.min(shuffled.size(), 1 + (Draws.chance(rnd, 30) ? 1 : 0));
      for (int k = 0; k < take; k++) {
        relativeIds.add(shuffled.get(k).id);
      }
    }
    LocalDate day = DemoDates.day(rnd, EVENTS_FROM, interviewed);
    FuzzyDate date = DemoDates.fuzzy(rnd, day, EVENTS_FROM, LATEST_EVENT, 20, 35, 15, 25, 5);
    StringBuilder description = new StringBuilder("As told in the interview: ");
    for (String t : group) {
      description.append(Testimonies.englishTactic(t, ethnicity, city)).append(' ');
    }
    incidents.add(new Incident(ids.next(), 0, group, channel, perpetrator, perpetratorCountry, personId, relativeIds,
        date, residence.country(), city, description.toString().strip(), List.of(sourceId)));
  }

  private String channel(String tactic) {
    return switch (tactic) {
      case "MESSAGING_SURVEILLANCE" -> pick(new String[] {"WECHAT", "WHATSAPP", "TELEGRAM"}, 70, 20, 10);
      case "INFO_DEMAND" -> pick(new String[] {"PHONE_CALL", "WECHAT", "VIDEO_CALL", "VIA_RELATIVE"}, 40, 40, 10, 10);
      case "THREAT_DIRECT" -> pick(new String[] {"PHONE_CALL", "WECHAT", "IN_PERSON", "SOCIAL_MEDIA", "VIDEO_CALL"},
          40, 35, 10, 5, 10);
      case "THREAT_FAMILY" -> pick(new String[] {"VIA_RELATIVE", "WECHAT", "PHONE_CALL", "VIDEO_CALL"}, 40, 30, 20, 10);
      case "INFORMANT_RECRUIT" -> pick(new String[] {"WECHAT", "PHONE_CALL", "IN_PERSON"}, 40, 30, 30);
      case "RETURN_PRESSURE" -> pick(new String[] {"VIA_RELATIVE", "WECHAT", "PHONE_CALL"}, 50, 30, 20);
      case "SPYWARE_PHISHING" -> pick(new String[] {"EMAIL", "OTHER_MESSAGING_APP", "SOCIAL_MEDIA"}, 40, 40, 20);
      case "ONLINE_HARASSMENT" -> pick(new String[] {"SOCIAL_MEDIA", "STATE_MEDIA"}, 70, 30);
      case "EMBASSY_PRESSURE" -> pick(new String[] {"IN_PERSON", "PHONE_CALL"}, 70, 30);
      case "INTERPOL_OR_EXTRADITION_REQUEST" -> pick(new String[] {"LETTER", "OTHER"}, 60, 40);
      default -> "IN_PERSON";
    };
  }

  private String pick(String[] values, int... weights) {
    return values[Draws.weighted(rnd, weights)];
  }

  @Override
  public String toString() {
    return "DatasetGenerator[respondents=" + respondents.size() + "]";
  }
}
