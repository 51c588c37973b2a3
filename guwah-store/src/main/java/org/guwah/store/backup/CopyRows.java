package org.guwah.store.backup;

/**
 * Splits the byte stream of one table's {@code COPY ... TO STDOUT} output into rows, fed in pieces
 * of any size. Not thread-safe.
 */
interface CopyRows {
  /** Receives each complete row's bytes in pieces. */
  interface RowSink {
    /** A piece of the current row. */
    void rowBytes(byte[] bytes, int offset, int length);

    /** The current row is complete. */
    void rowEnd();
  }

  /**
   * Consumes the next bytes of the stream.
   *
   * @throws CopyDataException if the bytes cannot continue a well-formed stream
   */
  void update(byte[] bytes, int offset, int length) throws CopyDataException;

  /**
   * Declares the end of the stream.
   *
   * @throws CopyDataException if the stream ends inside a row or lacks its end marker
   */
  void finish() throws CopyDataException;
}
