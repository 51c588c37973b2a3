package org.guwah.app.imports;

/** The file as a whole cannot be imported (unreadable, wrong encoding, bad header, not JSON). */
public final class ImportFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportFileException(String message) {
    super(message);
  }
}
