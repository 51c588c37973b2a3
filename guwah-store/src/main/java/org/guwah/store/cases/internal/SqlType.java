package org.guwah.store.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The PostgreSQL types of clear columns, and how a Java value is bound to each. */
public enum SqlType {
  TEXT,
  INT,
  BOOL,
  UUID,
  DATE,
  TEXT_ARRAY,
  UUID_ARRAY,
  BYTEA,
  BYTEA_ARRAY,
  JSONB;

  /** The placeholder to use in SQL for this type. */
  public String placeholder() {
    return this == JSONB ? "cast(? as jsonb)" : "?";
  }

  @SuppressWarnings("unchecked")
  void bind(Connection c, PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
    switch (this) {
      case TEXT, JSONB -> {
        if (value == null) {
          ps.setNull(index, Types.VARCHAR);
        } else {
          ps.setString(index, (String) value);
        }
      }
      case INT -> {
        if (value == null) {
          ps.setNull(index, Types.INTEGER);
        } else {
          ps.setInt(index, (Integer) value);
        }
      }
      case BOOL -> ps.setBoolean(index, (Boolean) value);
      case UUID -> ps.setObject(index, value, Types.OTHER);
      case DATE -> {
        if (value == null) {
          ps.setNull(index, Types.DATE);
        } else {
          ps.setObject(index, (LocalDate) value);
        }
      }
      case TEXT_ARRAY -> ps.setArray(index, c.createArrayOf("text", ((List<String>) value).toArray(new String[0])));
      case UUID_ARRAY -> ps.setArray(index, c.createArrayOf("uuid", ((List<java.util.UUID>) value).toArray(new UUID[0])));
      case BYTEA -> ps.setBytes(index, (byte[]) value);
      case BYTEA_ARRAY -> ps.setArray(index, c.createArrayOf("bytea", ((List<byte[]>) value).toArray(new byte[0][])));
    }
  }
}
