package org.guwah.store.backup;

import java.io.IOException;

/**
 * Reading an archive's body failed: decryption found an altered or truncated segment, or the body
 * is not laid out as written. Distinguishes archive damage from database I/O in code where both
 * surface as {@link IOException} (e.g. inside {@code COPY FROM STDIN}).
 */
final class ArchiveReadException extends IOException {
  private static final long serialVersionUID = 1L;

  ArchiveReadException(String message, Throwable cause) {
    super(message, cause);
  }

  ArchiveReadException(String message) {
    super(message);
  }
}
