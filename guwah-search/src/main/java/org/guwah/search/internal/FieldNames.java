package org.guwah.search.internal;

import org.guwah.search.SearchField;

/** Lucene field names of the index. Changing one is a format change ({@link IndexMarker#FORMAT}). */
public final class FieldNames {
  /** Record id: indexed (for upserts) and stored. */
  public static final String ID = "id";
  /** Prefix of facet fields: indexed keyword + sorted-set doc values; {@code f.kind} is also stored. */
  public static final String FACET_PREFIX = "f.";
  /** Accounts that own the record (indexed keyword, not stored). */
  public static final String ACCOUNT = "a.account";
  /** Consent purposes the record's consent permits (indexed keyword, not stored). */
  public static final String PURPOSE = "a.purpose";
  /** Present with value {@link #YES} on protected third parties. */
  public static final String PROTECTED = "a.protected";
  /** The value of {@link #PROTECTED}. */
  public static final String YES = "1";

  private FieldNames() {}

  /** The sealed text field for {@code field}. */
  public static String text(SearchField field) {
    return "t." + field.code();
  }

  /** The facet field for {@code dimension}. */
  public static String facet(String dimension) {
    return FACET_PREFIX + dimension;
  }
}
