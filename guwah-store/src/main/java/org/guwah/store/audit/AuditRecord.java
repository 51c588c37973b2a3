package org.guwah.store.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as stored, for viewing ({@link AuditLog#list}). Listing does not verify the
 * chain: use {@link AuditLog#verify()} for that.
 *
 * @param seq its sequence number
 * @param at when it was appended (microsecond precision); null if the stored time is unreadable
 * @param entry the entry; null if the stored row is not a valid entry (a value that is not a code,
 *     an unknown action: it was tampered with, and is not shown so that planted text is never
 *     displayed)
 */
public record AuditRecord(long seq, @Nullable Instant at, @Nullable AuditEntry entry) {

  /** Whether the stored row is a well-formed entry (says nothing about its MAC). */
  public boolean readable() {
    return at != null && entry != null;
  }
}
