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

  /** Reads the current row: clear columns plus the decrypted envelope. */
  public static <T, S> T read(RecordMapping<T, S> mapping, ResultSet rs, Envelope envelope) throws SQLException {
    Row row = new Row(rs);
    UUID id = row.requiredUuid("id");
    S secrets = envelope.open(mapping.kind(), id, row.bytes("identity"), mapping.secretsType());
    return mapping.read(row, id, row.int64("version"), secrets);
  }
}
