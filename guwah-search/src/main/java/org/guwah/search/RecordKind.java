package org.guwah.search;

import java.util.Locale;

/** What a search document stands for; its {@link #code()} is the value of the {@code kind} facet. */
public enum RecordKind {
  PERSON,
  INCIDENT,
  DETENTION,
  SOURCE,
  TESTIMONY,
  NOTE;

  /** The lower-case code, e.g. {@code testimony}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind whose {@link #code()} is {@code code}.
   *
   * @throws IllegalArgumentException if no kind has that code
   */
  public static RecordKind parse(String code) {
    for (RecordKind k : values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("record kind is not one of person, incident, detention, source, testimony, note");
  }
}
