package org.guwah.core.time;

/** A text that is not a valid {@link FuzzyDate}. The message never contains the text itself. */
public final class InvalidFuzzyDateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidFuzzyDateException(String message) {
    super(message);
  }
}
