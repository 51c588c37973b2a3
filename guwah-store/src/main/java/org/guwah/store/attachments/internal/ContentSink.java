package org.guwah.store.attachments.internal;

/**
 * Where a filter writes the content to be stored. Writes never fail with an I/O error (a database
 * failure surfaces as the database's runtime exception).
 */
public interface ContentSink {
  void write(int b);

  void write(byte[] bytes, int offset, int length);

  default void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  /** Bytes written so far. */
  long position();

  /**
   * Overwrites {@code bytes.length} bytes already written, starting at {@code offset} (used to fix
   * a container's size field once the stripped length is known).
   *
   * @throws IllegalArgumentException if the range was not written yet
   */
  void patch(long offset, byte[] bytes);
}
