package org.guwah.store.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.guwah.store.audit.internal.AnchorFile;
import org.guwah.store.audit.internal.AuditTable;
import org.guwah.store.audit.internal.ChainMac;
import org.guwah.store.audit.internal.ChainVerifier;
import org.guwah.store.audit.internal.ChainWriter;
import org.guwah.store.audit.internal.GroupCommit;
import org.guwah.store.audit.internal.Head;
import org.guwah.store.audit.internal.StoredRow;
import org.guwah.store.db.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log of one database: an append-only chain of {@link AuditEntry}s in table {@code
 * audit_event}, each sealed with {@code HMAC-SHA256(chainKey, prev_mac || entry)} (ADR 0005).
 *
 * <p><b>Writing.</b> {@link #append} writes in its own transaction; callers appending at the same
 * time are grouped into one transaction (group commit), and each returns only once its entries are
 * committed. {@link #appendWithin} writes inside the caller's transaction, so that a record change
 * and its entry commit or roll back together (a rolled-back entry leaves no gap). Both lock the
 * {@code audit_head} row, so every writer in every process takes its turn and the chain stays one
 * line; {@code appendWithin} holds that lock until the caller's transaction ends, so call it last
 * in the transaction, and never call {@link #append} on the same thread while such a transaction
 * is open (it would wait for itself).
 *
 * <p><b>Anchor.</b> With an anchor file, each commit by this log raises the seq and MAC recorded
 * there (atomically, never lowering it), so {@link #verify()} notices entries removed from the end
 * even if {@code audit_head} was rewound with them. If the file cannot be written the entries
 * stay committed and a warning naming the file is logged.
 *
 * <p><b>What is stored and logged.</b> Codes, counts, record ids, the time and the MACs, nothing
 * else ({@link AuditEntry} refuses free text). Exception messages and log lines never contain entry
 * values. Thread-safe.
 */
public final class AuditLog {
  /** Most entries written in one group-commit transaction (one caller's entries are never split). */
  public static final int MAX_BATCH = 5000;

  /** Most records {@link #list} and {@link #tail} return at once. */
  public static final int MAX_LIST = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

  private final Jdbi jdbi;
  private final ChainMac chainMac;
  private final ChainWriter writer;
  private final @Nullable AnchorFile anchor;
  private final GroupCommit<AuditEntry> group;

  private AuditLog(Jdbi jdbi, ChainMac chainMac, Clock clock, @Nullable AnchorFile anchor) {
    this.jdbi = jdbi;
    this.chainMac = chainMac;
    this.writer = new ChainWriter(chainMac, clock);
    this.anchor = anchor;
    this.group = new GroupCommit<>(this::writeBatch, MAX_BATCH);
  }

  /**
   * The audit log of a migrated database.
   *
   * @param chainKey the chain key, at least 16 bytes (use {@link AuditKeys#chainKey}); copied
   * @param clock the time stamped on entries (microsecond precision)
   * @param anchorFile where to keep the anchor (its folder must exist), or null for none
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public static AuditLog open(
      Database db, byte[] chainKey, Clock clock, @Nullable Path anchorFile) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(clock, "clock");
    return new AuditLog(db.jdbi(), new ChainMac(chainKey), clock,
        anchorFile == null ? null : new AnchorFile(anchorFile));
  }

  /**
   * Appends {@code entries} in order, in their own transaction (possibly shared with other
   * callers'); returns once they are committed. No entries: does nothing.
   *
   * @throws UnableToWriteAuditException if the transaction failed (none of them was written)
   */
  public void append(AuditEntry... entries) {
    append(List.of(entries));
  }

  /** {@link #append(AuditEntry...)} for a list. */
  public void append(List<AuditEntry> entries) {
    List<AuditEntry> copy = List.copyOf(entries);
    if (copy.isEmpty()) {
      return;
    }
    Throwable failure = group.submit(copy);
    if (failure != null) {
      throw new UnableToWriteAuditException(
          "Unable to append " + copy.size() + " audit entries" + sqlState(failure), failure);
    }
  }

  /** Commits a batch; the anchor is raised afterwards, overlapping the next batch's commit. */
  private Runnable writeBatch(List<AuditEntry> batch) {
    Head head;
    try {
      head = jdbi.inTransaction(h -> writer.write(h.getConnection(), batch));
    } catch (SQLException e) {
      throw new UnableToWriteAuditException(
          "Unable to append " + batch.size() + " audit entries" + sqlState(e), e);
    }
    return () -> advanceAnchor(head);
  }

  /**
   * Appends {@code entries} inside the transaction open on {@code handle}; they commit or roll
   * back with it. Locks {@code audit_head} until that transaction ends. The anchor is raised after
   * the commit (through {@link Handle#afterCommit}, so the transaction must be committed through
   * JDBI). In a REPEATABLE READ or SERIALIZABLE transaction the lock may fail with a
   * serialization error if another writer appended since the transaction's snapshot: retry the
   * transaction.
   *
   * @throws IllegalStateException if {@code handle} is not in a transaction
   * @throws UnableToWriteAuditException if the database refused (roll the transaction back)
   */
  public void appendWithin(Handle handle, AuditEntry... entries) {
    appendWithin(handle, List.of(entries));
  }

  /** {@link #appendWithin(Handle, AuditEntry...)} for a list. */
  public void appendWithin(Handle handle, List<AuditEntry> entries) {
    List<AuditEntry> copy = List.copyOf(entries);
    if (!handle.isInTransaction()) {
      throw new IllegalStateException(
          "appendWithin needs a handle in a transaction (use jdbi.inTransaction or append())");
    }
    if (copy.isEmpty()) {
      return;
    }
    Head head;
    try {
      head = writer.write(handle.getConnection(), copy);
    } catch (SQLException e) {
      throw new UnableToWriteAuditException(
          "Unable to append " + copy.size() + " audit entries" + sqlState(e), e);
    }
    if (anchor != null) {
      handle.afterCommit(() -> advanceAnchor(head));
    }
  }

  private void advanceAnchor(Head head) {
    if (anchor == null) {
      return;
    }
    try {
      anchor.advance(head);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Audit anchor {} could not be updated ({}); removal of the newest entries is"
          + " detected only up to the seq it still holds", anchor.path(), e.getClass().getSimpleName());
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && ((SQLException) t).getSQLState() != null) {
        return " (SQL state " + ((SQLException) t).getSQLState() + ")";
      }
    }
    return " (" + e.getClass().getSimpleName() + ")";
  }

  /**
   * Checks the whole chain: every entry's MAC and its link to the one before, the seqs, {@code
   * audit_head} and the anchor file. Reads the anchor first, then the head and the entries in one
   * snapshot (so entries appended meanwhile are neither half seen nor reported). Streams the
   * entries (memory stays flat for millions); does not write anything.
   *
   * @throws UnableToReadAuditException if the database cannot be read
   */
  public AuditVerification verify() {
    AnchorFile.Reading reading = anchor == null ? new AnchorFile.Reading(null, false) : anchor.read();
    try {
      return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
        Connection c = h.getConnection();
        h.execute("set transaction read only");
        Head head = AuditTable.readHead(c, false);
        ChainVerifier verifier =
            new ChainVerifier(chainMac, head, reading.head(), reading.unreadable());
        AuditTable.stream(c, verifier::accept);
        return verifier.finish();
      });
    } catch (SQLException e) {
      throw new UnableToReadAuditException("Unable to read the audit log" + sqlState(e), e);
    }
  }

  /**
   * Up to {@code limit} entries from seq {@code fromSeq} on, in seq order, as stored (not
   * verified).
   *
   * @throws IllegalArgumentException if {@code limit} is not between 1 and {@value #MAX_LIST}
   * @throws UnableToReadAuditException if the database cannot be read
   */
  public List<AuditRecord> list(long fromSeq, int limit) {
    checkLimit(limit);
    return records(c -> AuditTable.list(c, fromSeq, limit));
  }

  /**
   * The last {@code n} entries, in seq order, as stored (not verified).
   *
   * @throws IllegalArgumentException if {@code n} is not between 1 and {@value #MAX_LIST}
   * @throws UnableToReadAuditException if the database cannot be read
   */
  public List<AuditRecord> tail(int n) {
    checkLimit(n);
    return records(c -> AuditTable.tail(c, n));
  }

  /**
   * The last {@code n} audited writes (create, update, delete, consent change, import, link review)
   * that name {@code record}, newest first, as stored (not verified): the record's history.
   *
   * @throws IllegalArgumentException if {@code n} is not between 1 and {@value #MAX_LIST}
   * @throws UnableToReadAuditException if the database cannot be read
   */
  public List<AuditRecord> writesOf(java.util.UUID record, int n) {
    checkLimit(n);
    return records(c -> AuditTable.writesOf(c, record, n));
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIST);
    }
  }

  private interface RowQuery {
    List<StoredRow> run(Connection c) throws SQLException;
  }

  private List<AuditRecord> records(RowQuery query) {
    try {
      List<StoredRow> rows = jdbi.withHandle(h -> query.run(h.getConnection()));
      List<AuditRecord> out = new ArrayList<>(rows.size());
      for (StoredRow row : rows) {
        out.add(row.record());
      }
      return out;
    } catch (SQLException e) {
      throw new UnableToReadAuditException("Unable to list the audit log" + sqlState(e), e);
    }
  }

  /**
   * The seq of the last entry according to {@code audit_head} (0 if empty).
   *
   * @throws UnableToReadAuditException if the database cannot be read or the head row is missing
   */
  public long lastSeq() {
    try {
      Head head = jdbi.withHandle(h -> AuditTable.readHead(h.getConnection(), false));
      if (head == null) {
        throw new UnableToReadAuditException("audit_head has no row: run `guwah audit verify`", null);
      }
      return head.seq();
    } catch (SQLException e) {
      throw new UnableToReadAuditException("Unable to read the audit head" + sqlState(e), e);
    }
  }

  @Override
  public String toString() {
    return "AuditLog[" + (anchor == null ? "no anchor" : anchor.path()) + "]";
  }
}
