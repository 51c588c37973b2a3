package org.guwah.search;

/**
 * The text fields of a search document. Both are analysed by {@link
 * org.guwah.search.analysis.SearchAnalyzer} and sealed term by term; they are kept apart so that
 * a query can search names only, and so that a name and an ordinary word never share a token.
 */
public enum SearchField {
  /** Free text: testimony, notes, descriptions. */
  TEXT("text"),
  /** Identity values: names in every script, aliases, places, ID numbers. */
  IDENTITY("identity");

  private final String code;

  SearchField(String code) {
    this.code = code;
  }

  /** Stable lower-case code, part of the sealing domain and of the Lucene field name. */
  public String code() {
    return code;
  }
}
