package org.guwah.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed user query: all {@link #required()} groups must match (each group is a list of
 * alternatives joined by {@code OR}), and no {@link #excluded()} clause may match.
 *
 * <p>Syntax, deliberately small:
 *
 * <ul>
 *   <li>words separated by white space are all required (AND);
 *   <li>{@code "a quoted phrase"} must occur as written (also with “ ” „ « » 「 」 『 』); an
 *       unclosed quote runs to the end;
 *   <li>{@code OR} (upper case, unquoted) between two words or phrases makes them alternatives;
 *       {@code a b OR c d} means a AND (b OR c) AND d; a stray {@code OR} is ignored, lower-case
 *       {@code or} is a word;
 *   <li>{@code -word} or {@code -"phrase"} excludes; an {@code OR} next to an exclusion is
 *       ignored; a query of exclusions only searches everything the reader may see, minus them.
 * </ul>
 *
 * Every other character ({@code * ? ~ : ^ [ ] ( ) / \}) is plain text for the analyzer, which
 * drops punctuation: there are no field names, wildcards, regular expressions, fuzzy or range
 * queries (they could not work on keyed tokens anyway, and cannot be abused for expensive
 * queries). Limits: {@value #MAX_CHARS} characters, {@value #MAX_CLAUSES} words and phrases.
 *
 * <p>{@link #toString()} shows only the shape, never the text.
 *
 * @param required groups of alternatives, all required
 * @param excluded clauses that must not match
 */
public record SearchQuery(List<List<QueryClause>> required, List<QueryClause> excluded) {
  /** Longest query text, in UTF-16 units. */
  public static final int MAX_CHARS = 1000;
  /** Most words and phrases in one query. */
  public static final int MAX_CLAUSES = 32;

  private static final SearchQuery EMPTY = new SearchQuery(List.of(), List.of());
  private static final String OPENING_QUOTES = "\"“„«「『";
  private static final String CLOSING_QUOTES = "\"”“»」』";

  public SearchQuery {
    List<List<QueryClause>> r = new ArrayList<>();
    for (List<QueryClause> g : required) {
      if (g.isEmpty()) {
        throw new IllegalArgumentException("a group of alternatives must not be empty");
      }
      r.add(List.copyOf(g));
    }
    required = List.copyOf(r);
    excluded = List.copyOf(excluded);
  }

  /** Matches everything the reader may see. */
  public static SearchQuery empty() {
    return EMPTY;
  }

  /**
   * Parses {@code text}; blank text gives {@link #empty()}.
   *
   * @throws InvalidQueryException if the text is longer than {@value #MAX_CHARS} characters or has
   *     more than {@value #MAX_CLAUSES} words and phrases
   */
  public static SearchQuery parse(String text) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidQueryException("query is longer than " + MAX_CHARS + " characters");
    }
    List<List<QueryClause>> groups = new ArrayList<>();
    List<QueryClause> excluded = new ArrayList<>();
    boolean pendingOr = false;
    boolean lastWasPositive = false;
    int clauses = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (c == '-' && i + 1 < n && !isSpace(text.charAt(i + 1))) {
        negated = true;
        i++;
        c = text.charAt(i);
      }
      QueryClause clause;
      if (OPENING_QUOTES.indexOf(c) >= 0) {
        int end = i + 1;
        while (end < n && CLOSING_QUOTES.indexOf(text.charAt(end)) < 0) {
          end++;
        }
        clause = new QueryClause(text.substring(i + 1, end), true);
        i = Math.min(n, end + 1);
      } else {
        int end = i;
        while (end < n && !isSpace(text.charAt(end)) && OPENING_QUOTES.indexOf(text.charAt(end)) < 0) {
          end++;
        }
        String word = text.substring(i, end);
        i = end;
        if (!negated && word.equals("OR")) {
          pendingOr = lastWasPositive;
          continue;
        }
        clause = new QueryClause(word, false);
      }
      if (++clauses > MAX_CLAUSES) {
        throw new InvalidQueryException("query has more than " + MAX_CLAUSES + " words and phrases");
      }
      if (negated) {
        excluded.add(clause);
        lastWasPositive = false;
        pendingOr = false;
      } else if (pendingOr) {
        groups.get(groups.size() - 1).add(clause);
        pendingOr = false;
        lastWasPositive = true;
      } else {
        List<QueryClause> g = new ArrayList<>();
        g.add(clause);
        groups.add(g);
        lastWasPositive = true;
      }
    }
    return new SearchQuery(groups, excluded);
  }

  /** Whether the query has no required clause (it then matches all visible documents). */
  public boolean matchesAll() {
    return required.isEmpty();
  }

  @Override
  public String toString() {
    return "SearchQuery[<redacted>, groups=" + required.size() + ", excluded=" + excluded.size() + "]";
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
