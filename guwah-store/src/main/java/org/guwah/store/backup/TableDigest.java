package org.guwah.store.backup;

import java.util.Objects;

/**
 * Digests of one table's COPY data.
 *
 * @param table table name
 * @param rows number of rows
 * @param sha256 SHA-256 of the data stream exactly as stored in the archive (hex)
 * @param content order-independent digest of the rows (hex): the sum modulo 2<sup>256</sup> of
 *     each row's SHA-256. A restored table, read back in whatever order the server returns it,
 *     has the same content digest exactly when it holds the same rows. It detects accidental
 *     differences; tampering is excluded by the archive's AEAD, not by this sum.
 */
record TableDigest(String table, long rows, String sha256, String content) {
  TableDigest {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(content, "content");
  }

  /** Whether {@code other} describes the same rows (count and content digest). */
  boolean sameRows(TableDigest other) {
    return rows == other.rows && content.equals(other.content);
  }
}
