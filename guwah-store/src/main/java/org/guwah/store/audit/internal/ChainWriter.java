package org.guwah.store.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import org.guwah.store.audit.AuditEntry;

/**
 * Appends entries to the chain inside the caller's transaction: locks {@code audit_head} (so
 * writers in every process take turns), seals each entry with the next seq and the MAC chained to
 * the previous one, inserts them and moves the head. Thread-safe.
 */
public final class ChainWriter {
  private final ChainMac chainMac;
  private final Clock clock;

  public ChainWriter(ChainMac chainMac, Clock clock) {
    this.chainMac = chainMac;
    this.clock = clock;
  }

  /**
   * Writes {@code entries} (all stamped with one time, read after the head lock is taken, to the
   * microsecond) and returns the new head. Nothing is committed here.
   *
   * @throws SQLException from the driver
   * @throws IllegalStateException if {@code audit_head} has no row
   */
  public Head write(Connection c, List<AuditEntry> entries) throws SQLException {
    Head head = AuditTable.lockHead(c);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long micros = ChainMac.micros(at);
    Mac mac = chainMac.newMac();
    long seq = head.seq();
    byte[] prev = head.mac();
    List<AuditTable.Sealed> rows = new ArrayList<>(entries.size());
    for (AuditEntry e : entries) {
      seq++;
      byte[] body = ChainMac.body(micros, e.actor(), e.action().code(), e.kind(), e.recordIds(),
          e.purpose(), e.detail());
      byte[] sealed = ChainMac.mac(mac, prev, seq, body);
      rows.add(new AuditTable.Sealed(seq, at, e, prev, sealed));
      prev = sealed;
    }
    AuditTable.insert(c, rows);
    Head next = new Head(seq, prev);
    AuditTable.updateHead(c, next);
    return next;
  }

  @Override
  public String toString() {
    return "ChainWriter[" + clock + "]";
  }
}
