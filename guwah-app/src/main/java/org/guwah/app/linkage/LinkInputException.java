package org.guwah.app.linkage;

/**
 * A record file cannot be linked as given (empty, not UTF-8, no record_id column, a cell over the
 * size limit, repeated or empty record ids). The message names lines and record ids only. An
 * {@link IllegalArgumentException}, so the command line reports it as bad input (exit code 2).
 */
public final class LinkInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LinkInputException(String message) {
    super(message);
  }
}
