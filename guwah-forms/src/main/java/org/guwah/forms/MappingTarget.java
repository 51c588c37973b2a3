package org.guwah.forms;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The closed set of case-model fields a question may fill, named in the form's {@code guwah}
 * column (or {@code bind::guwah:field}) as {@code entity.field}, e.g. {@code relative.name}.
 * {@link #identity()} targets hold identity data: the caller must store them only sealed.
 */
public enum MappingTarget {
  RESPONDENT_NAME("respondent.name", MappingEntity.RESPONDENT, MappingValueKind.TEXT, null, true, 300),
  RESPONDENT_SEX("respondent.sex", MappingEntity.RESPONDENT, MappingValueKind.CODE, "sex", false, 0),
  RESPONDENT_BIRTH("respondent.birth", MappingEntity.RESPONDENT, MappingValueKind.FUZZY_DATE, null, true, 0),
  RESPONDENT_ETHNICITY("respondent.ethnicity", MappingEntity.RESPONDENT, MappingValueKind.CODE, "ethnicity", false, 0),
  RESPONDENT_COUNTRY_OF_RESIDENCE("respondent.country_of_residence", MappingEntity.RESPONDENT, MappingValueKind.COUNTRY, null, false, 0),
  RESPONDENT_HOME_COUNTRY("respondent.home_country", MappingEntity.RESPONDENT, MappingValueKind.COUNTRY, null, false, 0),
  RESPONDENT_HOME_COUNTY_CODE("respondent.home_county_code", MappingEntity.RESPONDENT, MappingValueKind.COUNTY_CODE, null, false, 0),
  RESPONDENT_HOME_LOCALITY("respondent.home_locality", MappingEntity.RESPONDENT, MappingValueKind.TEXT, null, true, 300),
  RESPONDENT_ID_NUMBER("respondent.id_number", MappingEntity.RESPONDENT, MappingValueKind.TEXT, null, true, 64),
  RESPONDENT_IDENTITY_LEVEL("respondent.identity_level", MappingEntity.RESPONDENT, MappingValueKind.CODE, "identity_level", false, 0),
  RESPONDENT_CONSENT("respondent.consent", MappingEntity.RESPONDENT, MappingValueKind.CODES, "consent_purpose", false, 0),
  RESPONDENT_NOTES("respondent.notes", MappingEntity.RESPONDENT, MappingValueKind.LONG_TEXT, null, true, 100000),

  SOURCE_LANGUAGE("source.language", MappingEntity.SOURCE, MappingValueKind.CODE, "language", false, 0),
  SOURCE_REPORTER_RELATION("source.reporter_relation", MappingEntity.SOURCE, MappingValueKind.CODE, "relationship", false, 0),
  SOURCE_TESTIMONY("source.testimony", MappingEntity.SOURCE, MappingValueKind.LONG_TEXT, null, true, 1000000),

  RELATIVE_NAME("relative.name", MappingEntity.RELATIVE, MappingValueKind.TEXT, null, true, 300),
  RELATIVE_RELATIONSHIP("relative.relationship", MappingEntity.RELATIVE, MappingValueKind.CODE, "relationship", false, 0),
  RELATIVE_SEX("relative.sex", MappingEntity.RELATIVE, MappingValueKind.CODE, "sex", false, 0),
  RELATIVE_BIRTH("relative.birth", MappingEntity.RELATIVE, MappingValueKind.FUZZY_DATE, null, true, 0),
  RELATIVE_ETHNICITY("relative.ethnicity", MappingEntity.RELATIVE, MappingValueKind.CODE, "ethnicity", false, 0),
  RELATIVE_HOME_COUNTRY("relative.home_country", MappingEntity.RELATIVE, MappingValueKind.COUNTRY, null, false, 0),
  RELATIVE_HOME_COUNTY_CODE("relative.home_county_code", MappingEntity.RELATIVE, MappingValueKind.COUNTY_CODE, null, false, 0),
  RELATIVE_HOME_LOCALITY("relative.home_locality", MappingEntity.RELATIVE, MappingValueKind.TEXT, null, true, 300),
  RELATIVE_ID_NUMBER("relative.id_number", MappingEntity.RELATIVE, MappingValueKind.TEXT, null, true, 64),
  RELATIVE_NOTES("relative.notes", MappingEntity.RELATIVE, MappingValueKind.LONG_TEXT, null, true, 100000),

  INCIDENT_TACTIC("incident.tactic", MappingEntity.INCIDENT, MappingValueKind.CODES, "tactic", false, 0),
  INCIDENT_CHANNEL("incident.channel", MappingEntity.INCIDENT, MappingValueKind.CODE, "channel", false, 0),
  INCIDENT_PERPETRATOR("incident.perpetrator", MappingEntity.INCIDENT, MappingValueKind.CODE, "perpetrator", false, 0),
  INCIDENT_PERPETRATOR_COUNTRY("incident.perpetrator_country", MappingEntity.INCIDENT, MappingValueKind.COUNTRY, null, false, 0),
  INCIDENT_DATE("incident.date", MappingEntity.INCIDENT, MappingValueKind.FUZZY_DATE, null, false, 0),
  INCIDENT_HOST_COUNTRY("incident.host_country", MappingEntity.INCIDENT, MappingValueKind.COUNTRY, null, false, 0),
  INCIDENT_HOST_CITY("incident.host_city", MappingEntity.INCIDENT, MappingValueKind.TEXT, null, false, 200),
  INCIDENT_NARRATIVE("incident.narrative", MappingEntity.INCIDENT, MappingValueKind.LONG_TEXT, null, true, 100000),

  DETENTION_STATUS("detention.status", MappingEntity.DETENTION, MappingValueKind.CODE, "detention_status", false, 0),
  DETENTION_DATE("detention.date", MappingEntity.DETENTION, MappingValueKind.FUZZY_DATE, null, false, 0),
  DETENTION_FACILITY("detention.facility", MappingEntity.DETENTION, MappingValueKind.TEXT, null, false, 300),
  DETENTION_REASON("detention.reason", MappingEntity.DETENTION, MappingValueKind.CODES, "detention_reason", false, 0),
  DETENTION_REASON_TEXT("detention.reason_text", MappingEntity.DETENTION, MappingValueKind.LONG_TEXT, null, true, 20000),
  DETENTION_CHARGE("detention.charge", MappingEntity.DETENTION, MappingValueKind.TEXT, null, true, 1000),
  DETENTION_SENTENCE_MONTHS("detention.sentence_months", MappingEntity.DETENTION, MappingValueKind.INTEGER, null, false, 0),
  DETENTION_COUNTRY("detention.country", MappingEntity.DETENTION, MappingValueKind.COUNTRY, null, false, 0),
  DETENTION_COUNTY_CODE("detention.county_code", MappingEntity.DETENTION, MappingValueKind.COUNTY_CODE, null, false, 0),
  DETENTION_LOCALITY("detention.locality", MappingEntity.DETENTION, MappingValueKind.TEXT, null, true, 300),

  CONTACT_KIND("contact.kind", MappingEntity.CONTACT, MappingValueKind.CODE, "contact_kind", false, 0),
  CONTACT_VALUE("contact.value", MappingEntity.CONTACT, MappingValueKind.TEXT, null, true, 200);

  private final String code;
  private final MappingEntity entity;
  private final MappingValueKind kind;
  private final @Nullable String vocabulary;
  private final boolean identity;
  private final int maxLength;

  MappingTarget(String code, MappingEntity entity, MappingValueKind kind, @Nullable String vocabulary, boolean identity,
      int maxLength) {
    this.code = code;
    this.entity = entity;
    this.kind = kind;
    this.vocabulary = vocabulary;
    this.identity = identity;
    this.maxLength = maxLength;
  }

  /** For text targets, the most characters the case-model field takes (as guwah-core checks it); 0 otherwise. */
  public int maxLength() {
    return maxLength;
  }

  /** The name used in the form: {@code relative.name}. */
  public String code() {
    return code;
  }

  public MappingEntity entity() {
    return entity;
  }

  public MappingValueKind kind() {
    return kind;
  }

  /** The guwah-core vocabulary whose codes the choices must be, for CODE and CODES targets. */
  public Optional<String> vocabulary() {
    return Optional.ofNullable(vocabulary);
  }

  /** Whether the value is identity data (to be stored sealed, never logged). */
  public boolean identity() {
    return identity;
  }

  /** The target named {@code code} (case-insensitive, blanks around ignored). */
  public static Optional<MappingTarget> byCode(String code) {
    String c = code.strip().toLowerCase(java.util.Locale.ROOT);
    for (MappingTarget t : values()) {
      if (t.code.equals(c)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
