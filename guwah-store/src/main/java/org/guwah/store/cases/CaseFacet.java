package org.guwah.store.cases;

/**
 * The facets of the case list. Each gives, for a person, a set of coded values drawn from the
 * person and from the records about them that the reader may see:
 *
 * <ul>
 *   <li>{@link #TACTIC}: tactics of incidents targeting the person ({@code tactic} codes);
 *   <li>{@link #COUNTRY}: the person's country of residence (ISO 3166-1 alpha-2);
 *   <li>{@link #STATUS}: statuses of the person's detentions ({@code detention_status} codes);
 *   <li>{@link #YEAR}: years in which an incident targeting the person or a detention of theirs
 *       began;
 *   <li>{@link #VERIFICATION}: verification levels of the sources the person's record cites;
 *   <li>{@link #CONSENT}: consent purposes the person's record may be used for (the same rule as
 *       every read: a protected third party's through their sources).
 * </ul>
 */
public enum CaseFacet {
  TACTIC("tactic", "tactic"),
  COUNTRY("country", "country"),
  STATUS("status", "detention_status"),
  YEAR("year", null),
  VERIFICATION("verification", "verification"),
  CONSENT("consent", "consent_purpose");

  private final String param;
  private final String vocabulary;

  CaseFacet(String param, String vocabulary) {
    this.param = param;
    this.vocabulary = vocabulary;
  }

  /** The query parameter naming this facet ({@code tactic}, {@code country}, ...). */
  public String param() {
    return param;
  }

  /** The vocabulary of its values ({@code country} for ISO codes); null for years. */
  public @org.jspecify.annotations.Nullable String vocabulary() {
    return vocabulary;
  }
}
