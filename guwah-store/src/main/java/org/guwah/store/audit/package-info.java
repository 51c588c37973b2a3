/**
 * The audit log: an append-only, hash-chained record of who did what, when and for which stated
 * purpose (ADR 0005).
 *
 * <p>{@link org.guwah.store.audit.AuditLog} appends {@link org.guwah.store.audit.AuditEntry}s
 * (in their own transaction with group commit, or inside the caller's transaction) and verifies the
 * chain ({@link org.guwah.store.audit.AuditVerification}). Entries hold codes, counts and record
 * ids only: {@link org.guwah.store.audit.AuditEntry} refuses anything that could be free text, and
 * its exceptions never repeat the refused value. The chain key comes from {@link
 * org.guwah.store.audit.AuditKeys#chainKey}.
 */
@NullMarked
package org.guwah.store.audit;

import org.jspecify.annotations.NullMarked;
