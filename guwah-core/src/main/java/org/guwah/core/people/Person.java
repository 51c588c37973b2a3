package org.guwah.core.people;

import java.util.List;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.geo.Countries;
import org.guwah.core.geo.Place;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.Defaulted;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A person in the case store: a respondent abroad, a relative in Xinjiang, a detainee.
 *
 * <p>Identity data — {@code names}, {@code contacts}, {@code idNumber}, the exact {@code birth}
 * date, the {@code home} locality and detail, and {@code notes} — is stored only encrypted and is
 * redacted from {@link #toString()}. Coded fields — sex, birth year range, ethnicity, home country
 * and county code, country of residence, identity level, consent — stay in clear for statistics.
 *
 * <p>{@code id} is {@code null} for a person not yet stored (or a client-chosen id on create);
 * {@code version} is 0 for a new person and must equal the stored version on update. Missing lists
 * become empty; a missing sex or ethnicity becomes {@code UNKNOWN}; a missing identity level becomes
 * {@code ANONYMOUS} (the default two thirds of respondents ask for).
 *
 * @param protectedThirdParty a relative who never consented (typically in Xinjiang): such a person
 *     may hold no granted consent and is never published
 * @param sourceIds the sources that report this person
 */
public record Person(
    @Nullable UUID id,
    @Defaulted long version,
    @Defaulted List<PersonName> names,
    @Defaulted String sex,
    @Nullable FuzzyDate birth,
    @Nullable AgeRange age,
    @Defaulted String ethnicity,
    @Nullable Place home,
    @Nullable String residenceCountry,
    @Defaulted List<Contact> contacts,
    @Nullable String idNumber,
    @Defaulted String identityLevel,
    @Defaulted boolean protectedThirdParty,
    @Defaulted Consent consent,
    @Nullable String notes,
    @Defaulted List<UUID> sourceIds) {

  public static final int MAX_NAMES = 50;
  public static final int MAX_CONTACTS = 50;
  public static final int MAX_NOTES = 100_000;

  @SuppressWarnings("ConstantConditions")
  public Person {
    names = names == null ? List.of() : names;
    contacts = contacts == null ? List.of() : contacts;
    sourceIds = sourceIds == null ? List.of() : sourceIds;
    sex = sex == null ? "UNKNOWN" : sex;
    ethnicity = ethnicity == null ? "UNKNOWN" : ethnicity;
    identityLevel = identityLevel == null ? "ANONYMOUS" : identityLevel;
    consent = consent == null ? Consent.none() : consent;
    Problems p = new Problems();
    if (version < 0) {
      p.add("version", "must not be negative");
    }
    p.requireList("names", names, 0, MAX_NAMES);
    p.requireCode("sex", sex, "sex");
    p.requireCode("ethnicity", ethnicity, "ethnicity");
    if (residenceCountry != null && !Countries.isKnown(residenceCountry)) {
      p.add("residenceCountry", "is not an ISO 3166-1 alpha-2 country code");
    }
    p.requireList("contacts", contacts, 0, MAX_CONTACTS);
    p.optionalText("idNumber", idNumber, 64);
    p.requireCode("identityLevel", identityLevel, "identity_level");
    if (protectedThirdParty && consent.grantsAnything()) {
      p.add("consent", "a protected third party has not consented to anything");
    }
    p.optionalLongText("notes", notes, MAX_NOTES);
    p.requireList("sourceIds", sourceIds, 0, 500);
    p.throwIfAny();
    names = List.copyOf(names);
    contacts = List.copyOf(contacts);
    sourceIds = List.copyOf(sourceIds);
  }

  /** The earliest possible birth year, from the birth date or the age range. */
  public @Nullable Integer birthYearFrom() {
    if (birth != null) {
      return birth.earliest().getYear();
    }
    return age == null ? null : age.birthYearFrom();
  }

  /** The latest possible birth year, from the birth date or the age range. */
  public @Nullable Integer birthYearTo() {
    if (birth != null) {
      return birth.latest().getYear();
    }
    return age == null ? null : age.birthYearTo();
  }

  /** This person stored under {@code id} at {@code version}. */
  public Person withIdentity(UUID newId, long newVersion) {
    return new Person(newId, newVersion, names, sex, birth, age, ethnicity, home, residenceCountry, contacts,
        idNumber, identityLevel, protectedThirdParty, consent, notes, sourceIds);
  }

  /** A copy with different consent. */
  public Person withConsent(Consent newConsent) {
    return new Person(id, version, names, sex, birth, age, ethnicity, home, residenceCountry, contacts,
        idNumber, identityLevel, protectedThirdParty, newConsent, notes, sourceIds);
  }

  /** A copy citing other sources. */
  public Person withSourceIds(List<UUID> newSourceIds) {
    return new Person(id, version, names, sex, birth, age, ethnicity, home, residenceCountry, contacts,
        idNumber, identityLevel, protectedThirdParty, consent, notes, newSourceIds);
  }

  @Override
  public String toString() {
    return "Person[id=" + id + ", version=" + version + ", names=<" + names.size() + " redacted>, sex=" + sex
        + ", ethnicity=" + ethnicity + ", residenceCountry=" + residenceCountry + ", contacts=<" + contacts.size()
        + " redacted>, idNumber=" + (idNumber == null ? "none" : "<redacted>") + ", identityLevel=" + identityLevel
        + ", protectedThirdParty=" + protectedThirdParty + "]";
  }
}
