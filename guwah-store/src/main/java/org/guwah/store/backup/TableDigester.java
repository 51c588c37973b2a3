package org.guwah.store.backup;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes a {@link TableDigest} of a COPY data stream fed in pieces: the stream's SHA-256, its
 * rows and their order-independent content digest. Not thread-safe.
 */
final class TableDigester implements CopyRows.RowSink {
  private final String table;
  private final MessageDigest stream = sha256();
  private final MessageDigest row = sha256();
  private final CopyRows rows;
  private final long[] sum = new long[4];
  private long count;

  TableDigester(String table, CopyFormat format) {
    this.table = table;
    this.rows = format.rows(this);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Feeds the next bytes.
   *
   * @throws CopyDataException if they do not continue a well-formed COPY stream
   */
  void update(byte[] bytes, int offset, int length) throws CopyDataException {
    stream.update(bytes, offset, length);
    rows.update(bytes, offset, length);
  }

  /** Rows completed so far. */
  long rows() {
    return count;
  }

  /**
   * The digest of the complete stream.
   *
   * @throws CopyDataException if the stream is incomplete
   */
  TableDigest finish() throws CopyDataException {
    rows.finish();
    HexFormat hex = HexFormat.of();
    StringBuilder content = new StringBuilder(64);
    for (long limb : sum) {
      content.append(hex.toHexDigits(limb));
    }
    return new TableDigest(table, count, hex.formatHex(stream.digest()), content.toString());
  }

  @Override
  public void rowBytes(byte[] bytes, int offset, int length) {
    row.update(bytes, offset, length);
  }

  @Override
  public void rowEnd() {
    ByteBuffer hash = ByteBuffer.wrap(row.digest());
    long carry = 0;
    for (int i = sum.length - 1; i >= 0; i--) {
      long addend = hash.getLong(i * Long.BYTES);
      long partial = sum[i] + addend;
      long carryOut = Long.compareUnsigned(partial, sum[i]) < 0 ? 1 : 0;
      long total = partial + carry;
      carryOut += Long.compareUnsigned(total, partial) < 0 ? 1 : 0;
      sum[i] = total;
      carry = carryOut;
    }
    count++;
  }
}
