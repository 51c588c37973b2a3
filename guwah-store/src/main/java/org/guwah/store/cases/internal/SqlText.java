package org.guwah.store.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SQL statement built in pieces, with every value bound as a parameter (never spliced into the
 * text). Only fixed SQL written in this code base is appended as text. Not thread-safe; build and
 * run it on one thread.
 */
public final class SqlText {
  private final StringBuilder text = new StringBuilder();
  private final List<@Nullable Object> values = new ArrayList<>();
  private final List<SqlType> types = new ArrayList<>();

  /** Appends fixed SQL (no values: those go through {@link #bind} or {@link #condition}). */
  public SqlText append(String sql) {
    text.append(sql);
    return this;
  }

  /** Appends a placeholder for {@code value}. */
  public SqlText bind(SqlType type, @Nullable Object value) {
    text.append(type.placeholder());
    values.add(value);
    types.add(type);
    return this;
  }

  /** Appends {@code sql}, binding {@code value} to each of its {@code ?} (as {@link Filter} does). */
  public SqlText condition(String sql, SqlType type, @Nullable Object value) {
    text.append(sql);
    long marks = sql.chars().filter(c -> c == '?').count();
    for (long i = 0; i < marks; i++) {
      values.add(value);
      types.add(type);
    }
    return this;
  }

  /** The SQL text with its placeholders. */
  public String text() {
    return text.toString();
  }

  /** Prepares the statement on {@code c} with every value bound; the caller closes it. */
  public PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement ps = c.prepareStatement(text.toString());
    try {
      for (int i = 0; i < values.size(); i++) {
        types.get(i).bind(c, ps, i + 1, values.get(i));
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** The SQL text only (values are never shown). */
  @Override
  public String toString() {
    return "SqlText[" + text + ", " + values.size() + " bound values]";
  }
}
