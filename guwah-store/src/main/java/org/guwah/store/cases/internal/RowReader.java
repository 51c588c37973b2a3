package org.guwah.store.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Binds clear values and reads rows back into records through their mapping. */
public final class RowReader {
  private RowReader() {}

  public static void bind(SqlType type, Connection c, PreparedStatement ps, int index, @Nullable Object value)
      throws SQLException {
    type.bind(c, ps, index, value);
  }

  /**
   * Reads the current row, answering from {@code opened} when it holds this exact stored write, and
   * remembering the record there otherwise.
   */
  public static <T, S> T read(RecordMapping<T, S> mapping, ResultSet rs, Envelope envelope, OpenedRecords<T> opened)
      throws SQLException {
    Row row = new Row(rs);
    UUID id = row.requiredUuid("id");
    long version = row.int64("version");
    byte[] ciphertext = row.bytes("identity");
    T known = opened.find(id, version, ciphertext);
    if (known != null) {
      return known;
    }
    S secrets = envelope.open(mapping.kind(), id, ciphertext, mapping.secretsType());
    T record = mapping.read(row, id, version, secrets);
    opened.remember(id, version, ciphertext, record);
    return record;
  }

  /**
   * Reads the current row CODED: from its clear columns only, never opening the envelope and never
   * consulting the {@link OpenedRecords} of records read in full. Answers from {@code coded} (a
   * memory of coded records only) when it holds this exact stored row version: same version and
   * same writing transaction (column {@code guwah_xmin}, the row's {@code xmin}; a rolled-back write
   * never shares it with a committed one).
   */
  public static <T, S> T readCoded(RecordMapping<T, S> mapping, ResultSet rs, OpenedRecords<T> coded)
      throws SQLException {
    Row row = new Row(rs);
    UUID id = row.requiredUuid("id");
    long version = row.int64("version");
    byte[] stamp = java.nio.ByteBuffer.allocate(8).putLong(row.int64("guwah_xmin")).array();
    T known = coded.find(id, version, stamp);
    if (known != null) {
      return known;
    }
    T record = mapping.readCoded(row, id, version);
    coded.remember(id, version, stamp, record);
    return record;
  }
}
