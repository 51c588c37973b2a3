package org.guwah.store.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Session settings and error reporting shared by dump and restore. */
final class Session {
  /**
   * Settings for the current transaction: row security off (a policy that would hide rows makes
   * the dump fail instead), unambiguous text forms for text-format tables (ISO dates, full float
   * precision, hex bytea, UTC), and no timeouts for a long dump or restore.
   */
  private static final List<String> SETTINGS = List.of(
      "row_security = off",
      "DateStyle = 'ISO, YMD'",
      "IntervalStyle = 'postgres'",
      "extra_float_digits = 3",
      "bytea_output = 'hex'",
      "TimeZone = 'UTC'",
      "statement_timeout = 0",
      "lock_timeout = 0",
      "idle_in_transaction_session_timeout = 0");

  private Session() {}

  /** Applies {@link #SETTINGS} with {@code SET LOCAL} (the transaction must have begun or begin now). */
  static void prepare(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String setting : SETTINGS) {
        statement.execute("SET LOCAL " + setting);
      }
    }
  }

  /**
   * A failure naming {@code action}, the SQL state and the server's primary message; never the
   * error's detail (which may quote row values) or statement parameters.
   */
  static BackupFailedException failure(String action, SQLException e) {
    String message = null;
    if (e instanceof PSQLException) {
      ServerErrorMessage server = ((PSQLException) e).getServerErrorMessage();
      message = server == null ? null : server.getMessage();
    }
    return new BackupFailedException(
        action + " failed (SQL state " + e.getSQLState() + (message == null ? "" : ": " + message) + ")", e);
  }

  static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the original failure is what matters; closing the connection ends the transaction anyway
    }
  }
}
