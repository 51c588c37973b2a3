package org.guwah.forms;

/**
 * The records a questionnaire can fill. Repeating entities (one record per repeat instance) must
 * be mapped from questions inside a repeat; the respondent and the source are one per submission
 * and must be mapped from questions outside any repeat.
 */
public enum MappingEntity {
  /** The person answering: a {@code Person} (also its names, contacts, consent). */
  RESPONDENT("respondent", false),
  /** The questionnaire as a {@code Source} (its language, the testimony text). */
  SOURCE("source", false),
  /** A relative: a {@code Person} plus a {@code Relationship} to the respondent. */
  RELATIVE("relative", true),
  /** An {@code Incident} of transnational repression. */
  INCIDENT("incident", true),
  /** A {@code Detention} event of a relative (or of the respondent). */
  DETENTION("detention", true),
  /** A {@code Contact} of the respondent or of a relative. */
  CONTACT("contact", true);

  private final String prefix;
  private final boolean repeating;

  MappingEntity(String prefix, boolean repeating) {
    this.prefix = prefix;
    this.repeating = repeating;
  }

  /** The prefix of its targets: {@code relative} in {@code relative.name}. */
  public String prefix() {
    return prefix;
  }

  /** Whether it is one record per repeat instance. */
  public boolean repeating() {
    return repeating;
  }
}
