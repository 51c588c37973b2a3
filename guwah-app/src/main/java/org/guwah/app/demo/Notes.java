package org.guwah.app.demo;

import java.util.List;

/**
 * Interviewer notes and reason texts for demo records: generic, naming nobody. Some contain commas,
 * quotes and line breaks on purpose, to exercise CSV quoting and multi-line fields.
 */
final class Notes {
  static final List<String> RESPONDENT = List.of(
      "Prefers to be contacted on Signal only.",
      "Interview in two sessions; the second by video call.",
      "Asked that the city of residence not be published.",
      "Has copies of relatives' ID cards; scanned at intake.",
      "Follow-up planned after the next family call.",
      "Speaks Uyghur, Turkish and some English.",
      "Does not want the testimony shared with the host government.",
      "Was visibly distressed; offered a referral to support services.",
      "Said: \"they know where you live\", then the caller hung up.",
      "First contact at a community event.\nSecond meeting at the office, with an interpreter.",
      "Two numbers: one for WhatsApp, one for calls.");

  static final List<String> RELATIVE = List.of(
      "Last seen at home, according to a neighbour.",
      "Family heard of the detention only months later.",
      "Photo provided by the respondent; may be several years old.",
      "Status from a short voice message, not confirmed.",
      "Household registration may have moved to the county town.");

  static final List<String> REASON = List.of(
      "The family was told it was because of a relative abroad.",
      "Officials mentioned the trip abroad in 2015.",
      "No reason was given to the family.",
      "Said to be linked to money sent to a child studying abroad.",
      "Neighbours say it was because of prayer at home.");

  private Notes() {}
}
