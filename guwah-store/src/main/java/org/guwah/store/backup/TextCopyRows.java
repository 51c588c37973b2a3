package org.guwah.store.backup;

/**
 * Rows of {@code COPY ... (FORMAT text)} output: each row ends with a newline (newlines inside
 * values are escaped as {@code \n}, so a raw newline always ends a row).
 */
final class TextCopyRows implements CopyRows {
  private final RowSink sink;
  private boolean insideRow;

  TextCopyRows(RowSink sink) {
    this.sink = sink;
  }

  @Override
  public void update(byte[] bytes, int offset, int length) {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\n') {
        sink.rowBytes(bytes, start, i + 1 - start);
        sink.rowEnd();
        insideRow = false;
        start = i + 1;
      }
    }
    if (start < end) {
      sink.rowBytes(bytes, start, end - start);
      insideRow = true;
    }
  }

  @Override
  public void finish() throws CopyDataException {
    if (insideRow) {
      throw new CopyDataException("text COPY data ends inside a row");
    }
  }
}
