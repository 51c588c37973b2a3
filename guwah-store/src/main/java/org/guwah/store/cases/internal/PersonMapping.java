package org.guwah.store.cases.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.geo.Place;
import org.guwah.core.people.AgeRange;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.crypto.BlindIndex;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/** Persons: coded columns in clear; names, contacts, ID number, exact birth, locality, notes sealed. */
public final class PersonMapping extends KindMapping<Person, PersonMapping.Secrets> {
  /** The identity part of a person. */
  public record Secrets(
      List<PersonName> names,
      List<Contact> contacts,
      @Nullable String idNumber,
      @Nullable String birth,
      @Nullable AgeRange age,
      @Nullable String homeLocality,
      @Nullable String homeDetail,
      @Nullable String notes) {
    @Override
    public String toString() {
      return "PersonSecrets[<redacted>]";
    }
  }

  private final ObjectMapper json;

  public PersonMapping(ObjectMapper json) {
    super("person", Secrets.class, Person::id, Person::version, Person::withIdentity);
    this.json = json;
  }

  @Override
  public List<Column<Person>> columns() {
    return List.of(
        Column.of("sex", SqlType.TEXT, Person::sex),
        Column.of("ethnicity", SqlType.TEXT, Person::ethnicity),
        Column.of("birth_year_from", SqlType.INT, Person::birthYearFrom),
        Column.of("birth_year_to", SqlType.INT, Person::birthYearTo),
        Column.of("home_country", SqlType.TEXT, p -> p.home() == null ? null : p.home().country()),
        Column.of("home_county", SqlType.TEXT, p -> p.home() == null ? null : p.home().countyCode()),
        Column.of("residence_country", SqlType.TEXT, Person::residenceCountry),
        Column.of("identity_level", SqlType.TEXT, Person::identityLevel),
        Column.of("protected_third_party", SqlType.BOOL, Person::protectedThirdParty),
        Column.of("consent", SqlType.JSONB, p -> json.writeValueAsString(p.consent())),
        Column.of("name_scripts", SqlType.TEXT_ARRAY, p -> p.names().stream().map(PersonName::script).distinct().toList()),
        Column.of("source_ids", SqlType.UUID_ARRAY, Person::sourceIds));
  }

  @Override
  public Secrets secrets(Person p) {
    Place home = p.home();
    return new Secrets(p.names(), p.contacts(), p.idNumber(), p.birth() == null ? null : p.birth().toString(), p.age(),
        home == null ? null : home.locality(), home == null ? null : home.detail(), p.notes());
  }

  @Override
  public Person read(Row row, UUID id, long version, Secrets s) throws SQLException {
    String country = row.text("home_country");
    String county = row.text("home_county");
    Place home = country == null && county == null && s.homeLocality() == null && s.homeDetail() == null
        ? null : new Place(country, county, s.homeLocality(), s.homeDetail());
    return new Person(id, version, s.names(), row.requiredText("sex"), s.birth() == null ? null : FuzzyDate.parse(s.birth()),
        s.age(), row.requiredText("ethnicity"), home, row.text("residence_country"), s.contacts(), s.idNumber(),
        row.requiredText("identity_level"), row.bool("protected_third_party"),
        json.readValue(row.requiredText("consent"), Consent.class), s.notes(), row.uuids("source_ids"));
  }

  @Override
  public Secrets emptySecrets() {
    return new Secrets(List.of(), List.of(), null, null, null, null, null, null);
  }

  /**
   * A person from its clear columns only: no names, contacts, ID number, locality, notes or age
   * range; the birth is the clear birth-year range ({@code birth_year_from}..{@code birth_year_to})
   * as a year or year-range {@link FuzzyDate}, never the exact date.
   */
  @Override
  public Person readCoded(Row row, UUID id, long version) throws SQLException {
    Person bare = read(row, id, version, emptySecrets());
    FuzzyDate years = birthYears(row.integer("birth_year_from"), row.integer("birth_year_to"));
    return years == null ? bare : new Person(bare.id(), bare.version(), bare.names(), bare.sex(), years, null,
        bare.ethnicity(), bare.home(), bare.residenceCountry(), bare.contacts(), bare.idNumber(), bare.identityLevel(),
        bare.protectedThirdParty(), bare.consent(), bare.notes(), bare.sourceIds());
  }

  /** The years {@code from}..{@code to} (clamped to what a fuzzy date can name), or null. */
  static @Nullable FuzzyDate birthYears(@Nullable Integer from, @Nullable Integer to) {
    if (from == null || to == null) {
      return null;
    }
    int first = Math.max(from, FuzzyDate.MIN_YEAR);
    int last = Math.min(to, FuzzyDate.MAX_YEAR);
    if (first > last) {
      return null;
    }
    if (first == last) {
      return FuzzyDate.ofYear(first);
    }
    return new FuzzyDate(java.time.LocalDate.of(first, 1, 1), java.time.LocalDate.of(last, 12, 31),
        FuzzyDate.Precision.RANGE);
  }

  @Override
  public String usableCondition() {
    // The common case (not a protected third party: its own consent) is written out so that the
    // planner evaluates it inline; the function (same rule, V4) covers protected third parties.
    return "(case when not protected_third_party then coalesce((consent -> 'purposes' -> ? ->> 'status') = 'GRANTED',"
        + " false) else person_usable(protected_third_party, consent, source_ids, ?) end)";
  }

  @Override
  public String protectedCondition() {
    return "protected_third_party";
  }

  @Override
  public boolean hasTokens() {
    return true;
  }

  @Override
  public List<byte[]> tokens(Person p, BlindIndex index) {
    return PersonTokens.of(p).stream().map(t -> index.token(t.field(), t.value())).toList();
  }

  @Override
  public List<Filter> filters() {
    return List.of(
        Filter.code("sex", "sex = ?", "sex", "sex code"),
        Filter.code("ethnicity", "ethnicity = ?", "ethnicity", "ethnicity code"),
        Filter.country("residenceCountry", "residence_country", "country of residence (ISO 3166-1 alpha-2)"),
        Filter.country("homeCountry", "home_country", "home country (ISO 3166-1 alpha-2)"),
        Filter.of("homeCounty", "home_county = ?", SqlType.TEXT, "home county, GB/T 2260 code"),
        Filter.code("identityLevel", "identity_level = ?", "identity_level", "identity level code"),
        Filter.of("protectedThirdParty", "protected_third_party = ?", SqlType.BOOL, "true for protected third parties"),
        Filter.of("bornIn", "birth_year_from <= ? and birth_year_to >= ?", SqlType.INT,
            "year that may be the birth year"),
        Filter.code("nameScript", "name_scripts @> array[?]::text[]", "name_script", "has a name in this script"),
        Filter.of("sourceId", "source_ids @> array[?]::uuid[]", SqlType.UUID, "reported by this source"));
  }

  @Override
  public List<Reference> references(Person p) {
    return new References().each("sourceIds", "source", p.sourceIds()).list();
  }

  @Override
  public Map<String, @Nullable FuzzyDate> pastDates(Person p) {
    Map<String, @Nullable FuzzyDate> m = new LinkedHashMap<>();
    m.put("birth", p.birth());
    return m;
  }

  @Override
  public Consent consent(Person p) {
    return p.consent();
  }
}
