package org.guwah.web.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guwah.store.accounts.Session;
import org.jdbi.v3.core.Handle;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.Reading;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Shown;
import org.guwah.store.cases.Slice;

/**
 * Reading and writing case records on behalf of a signed-in session, shared by the JSON API and the
 * workspace pages so that both apply the same rules: what the session sees is its {@link Reading}
 * (roles, consent, the analyst's unlocks), every answer showing identity data appends one {@code
 * read_identity} entry to the audit log before it is returned, and every write is audited.
 * Thread-safe.
 */
public final class CaseDesk {
  private final CaseStore store;
  private final AuditLog audit;
  private final Unlocks unlocks;
  private volatile Runnable afterCommit = () -> { };

  private CaseDesk(CaseStore store, AuditLog audit, Unlocks unlocks) {
    this.store = store;
    this.audit = audit;
    this.unlocks = unlocks;
  }

  /** A desk over {@code store}, auditing to {@code audit}, with its own memory of unlocks. */
  public static CaseDesk create(CaseStore store, AuditLog audit, Clock clock) {
    return new CaseDesk(store, audit, new Unlocks(clock));
  }

  public CaseStore store() {
    return store;
  }

  public AuditLog audit() {
    return audit;
  }

  Unlocks unlocks() {
    return unlocks;
  }

  /**
   * Runs {@code action} after each commit of a transaction in which this desk wrote a record (the
   * search index refreshes itself there; ADR 0014). It must not throw; it runs on the writing thread.
   */
  public void afterCommit(Runnable action) {
    this.afterCommit = java.util.Objects.requireNonNull(action, "action");
  }

  private void written(Handle h) {
    Runnable action = afterCommit;
    if (h.isInTransaction()) {
      h.afterCommit(action);
    } else {
      action.run();
    }
  }

  /** What {@code session} may see, including its unlocks. */
  public Reading reading(Session session) {
    return Readers.of(session, unlocks.of(session.id()));
  }

  /** A page of records as {@code session} sees them; audited when any is shown in full. */
  public <T> Slice<Shown<T>> list(Session session, RecordStore<T, ?> records, ListQuery query) {
    Slice<Shown<T>> slice = records.list(query, reading(session));
    auditShown(session, records.kind(), slice.items());
    return slice;
  }

  /** One record as {@code session} sees it (empty when it may not see it); audited when shown in full. */
  public <T> Optional<Shown<T>> get(Session session, RecordStore<T, ?> records, UUID id) {
    Optional<Shown<T>> shown = records.get(id, reading(session));
    shown.ifPresent(s -> auditShown(session, records.kind(), List.of(s)));
    return shown;
  }

  /** Creates a record written by {@code session}'s account, audited in the same transaction. */
  public <T> T create(Session session, RecordStore<T, ?> records, T record) {
    return store.inTransaction(h -> create(h, session, records, record));
  }

  /** {@link #create(Session, RecordStore, Object)} within the caller's transaction. */
  public <T> T create(Handle h, Session session, RecordStore<T, ?> records, T record) {
    T created = records.create(h, record, session.accountId());
    audit.appendWithin(h, entry(session, AuditAction.CREATE, records.kind())
        .withRecord(java.util.Objects.requireNonNull(records.idOf(created))));
    written(h);
    return created;
  }

  /**
   * Updates a record (optimistic: {@code record.version()} must be the stored one) within the
   * caller's transaction, audited in it.
   *
   * @throws org.guwah.store.cases.VersionConflictException if it changed meanwhile
   */
  public <T> T update(Handle h, Session session, RecordStore<T, ?> records, UUID id, T record) {
    T updated = records.update(h, id, record, session.accountId());
    audit.appendWithin(h, entry(session, AuditAction.UPDATE, records.kind()).withRecord(id));
    written(h);
    return updated;
  }


  /** Appends one {@code read_identity} entry naming the records of {@code kind} shown in full, if any. */
  public void auditShown(Session session, String kind, List<? extends Shown<?>> shown) {
    List<UUID> full = shown.stream().filter(Shown::full).map(Shown::id).toList();
    if (!full.isEmpty()) {
      audit.append(entry(session, AuditAction.READ_IDENTITY, kind).withRecords(full));
    }
  }

  /** An audit entry of {@code action} on records of {@code kind} by the session's account. */
  public static AuditEntry entry(Session session, AuditAction action, String kind) {
    return AuditEntry.of(AuditEntry.account(session.accountId()), action).withKind(kind);
  }

  @Override
  public String toString() {
    return "CaseDesk";
  }
}
