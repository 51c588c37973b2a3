package org.guwah.forms;

import java.util.EnumSet;
import java.util.Set;

/** What kind of value a mapping target holds, and which question types may fill it. */
public enum MappingValueKind {
  /** Single-line text. */
  TEXT(EnumSet.of(QuestionType.TEXT)),
  /** Multi-line text (notes, testimony). */
  LONG_TEXT(EnumSet.of(QuestionType.TEXT)),
  /** One code of a vocabulary; the select's choice names must be codes. */
  CODE(EnumSet.of(QuestionType.SELECT_ONE)),
  /** Several codes of a vocabulary; every question mapped to the target adds its codes. */
  CODES(EnumSet.of(QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)),
  /** An ISO 3166-1 alpha-2 country code (upper case choice names). */
  COUNTRY(EnumSet.of(QuestionType.SELECT_ONE)),
  /** A fuzzy date: a date question (appearance {@code year}/{@code month-year} sets the precision), text such as "early 2017", or an integer year. */
  FUZZY_DATE(EnumSet.of(QuestionType.DATE, QuestionType.TEXT, QuestionType.INTEGER)),
  /** A whole number. */
  INTEGER(EnumSet.of(QuestionType.INTEGER)),
  /** A six-digit GB/T 2260 county code. */
  COUNTY_CODE(EnumSet.of(QuestionType.TEXT, QuestionType.SELECT_ONE, QuestionType.INTEGER));

  private final Set<QuestionType> questionTypes;

  MappingValueKind(Set<QuestionType> questionTypes) {
    this.questionTypes = Set.copyOf(questionTypes);
  }

  /** The question types that may be mapped to a target of this kind. */
  public Set<QuestionType> questionTypes() {
    return questionTypes;
  }
}
