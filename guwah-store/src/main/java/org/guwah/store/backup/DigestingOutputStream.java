package org.guwah.store.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes a table's COPY data through to {@code out} (if any) while a {@link TableDigester} digests
 * it and the progress listener hears of each completed row.
 */
final class DigestingOutputStream extends FilterOutputStream {
  private final TableDigester digester;
  private final BackupProgress progress;

  DigestingOutputStream(OutputStream out, TableDigester digester, BackupProgress progress) {
    super(out);
    this.digester = digester;
    this.progress = progress;
  }

  /** A stream that only digests. */
  static DigestingOutputStream discarding(TableDigester digester, BackupProgress progress) {
    return new DigestingOutputStream(OutputStream.nullOutputStream(), digester, progress);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    long before = digester.rows();
    digester.update(bytes, offset, length);
    out.write(bytes, offset, length);
    long rows = digester.rows() - before;
    if (rows > 0) {
      progress.advance(rows);
    }
  }
}
