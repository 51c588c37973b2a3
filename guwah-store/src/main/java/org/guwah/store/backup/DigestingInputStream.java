package org.guwah.store.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a table's COPY data from the archive while a {@link TableDigester} digests it and the
 * progress listener hears of each completed row. Malformed data surfaces as an {@link
 * ArchiveReadException} so that callers (such as {@code COPY FROM STDIN}) can tell archive damage
 * from database failures.
 */
final class DigestingInputStream extends FilterInputStream {
  private final TableDigester digester;
  private final BackupProgress progress;

  DigestingInputStream(InputStream in, TableDigester digester, BackupProgress progress) {
    super(in);
    this.digester = digester;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      long before = digester.rows();
      try {
        digester.update(buffer, offset, n);
      } catch (CopyDataException e) {
        throw new ArchiveReadException(e.getMessage(), e);
      }
      long rows = digester.rows() - before;
      if (rows > 0) {
        progress.advance(rows);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("table data cannot be skipped");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Reads the rest of the data (digesting it). */
  void drain() throws IOException {
    byte[] buffer = new byte[1 << 16];
    while (read(buffer, 0, buffer.length) >= 0) {
      // digesting is the point
    }
  }
}
