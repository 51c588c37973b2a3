package org.guwah.app.demo;

import java.util.List;

/**
 * What a synthetic testimony tells: who speaks, where from and to, what happened to which
 * relatives, and which tactics were used against the speaker.
 *
 * @param events one entry per detention event of a relative, in date order
 * @param tactics {@code tactic} codes of the incidents against the respondent
 */
record TestimonyFacts(
    String language,
    boolean male,
    String ethnicity,
    String prefecture,
    String city,
    int leftIn,
    boolean anonymous,
    List<RelativeEvent> events,
    List<String> tactics) {

  TestimonyFacts {
    events = List.copyOf(events);
    tactics = List.copyOf(tactics);
  }

  @Override
  public String toString() {
    return "TestimonyFacts[language=" + language + ", events=" + events.size() + ", tactics=" + tactics + "]";
  }

  /** A relative's detention event: who, what status, which year, and the sentence in years. */
  record RelativeEvent(Kin kin, String status, int year, int sentenceYears) {}
}
