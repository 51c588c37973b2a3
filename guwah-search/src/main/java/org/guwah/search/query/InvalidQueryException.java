package org.guwah.search.query;

/**
 * The query text breaks a limit (length, number of words, terms). The message names the limit,
 * never the text, which may be a name.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }
}
