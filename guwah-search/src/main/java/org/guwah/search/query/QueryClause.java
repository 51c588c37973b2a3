package org.guwah.search.query;

/**
 * One word or quoted phrase of a query, unanalysed. Its analysed terms must occur next to each
 * other in this order (a word that analyses into several terms, such as an unspaced Chinese run
 * or {@code foo-bar}, is a phrase too). {@link #toString()} redacts the text.
 *
 * @param text the raw text
 * @param quoted whether it was written in quotes
 */
public record QueryClause(String text, boolean quoted) {
  public QueryClause {
    java.util.Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return "QueryClause[<redacted>, quoted=" + quoted + "]";
  }
}
