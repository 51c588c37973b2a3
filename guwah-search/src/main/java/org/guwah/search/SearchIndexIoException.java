package org.guwah.search;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reading or writing the index files failed. The message names the operation, never data; the
 * {@link IOException} is the cause.
 */
public final class SearchIndexIoException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  public SearchIndexIoException(String operation, IOException cause) {
    super("search index: " + operation + " failed", cause);
  }
}
