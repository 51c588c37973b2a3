package org.guwah.store.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;

/** Typed reads from the current row of a result set. */
public final class Row {
  private final ResultSet rs;

  Row(ResultSet rs) {
    this.rs = rs;
  }

  public @Nullable String text(String column) throws SQLException {
    return rs.getString(column);
  }

  public String requiredText(String column) throws SQLException {
    String v = rs.getString(column);
    if (v == null) {
      throw new SQLException("column " + column + " is null");
    }
    return v;
  }

  public @Nullable Integer integer(String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  public boolean bool(String column) throws SQLException {
    return rs.getBoolean(column);
  }

  public @Nullable UUID uuid(String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  public UUID requiredUuid(String column) throws SQLException {
    UUID v = uuid(column);
    if (v == null) {
      throw new SQLException("column " + column + " is null");
    }
    return v;
  }

  public long int64(String column) throws SQLException {
    return rs.getLong(column);
  }

  public @Nullable LocalDate date(String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  public byte[] bytes(String column) throws SQLException {
    return rs.getBytes(column);
  }

  public List<String> texts(String column) throws SQLException {
    Array a = rs.getArray(column);
    return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
  }

  public List<UUID> uuids(String column) throws SQLException {
    Array a = rs.getArray(column);
    return a == null ? List.of() : Arrays.asList((UUID[]) a.getArray());
  }

  /** A fuzzy date kept in three columns {@code <prefix>_from}, {@code _to}, {@code _precision}. */
  public @Nullable FuzzyDate fuzzyDate(String prefix) throws SQLException {
    LocalDate from = date(prefix + "_from");
    LocalDate to = date(prefix + "_to");
    String precision = text(prefix + "_precision");
    if (from == null || to == null || precision == null) {
      return null;
    }
    return new FuzzyDate(from, to, FuzzyDate.Precision.valueOf(precision));
  }
}
