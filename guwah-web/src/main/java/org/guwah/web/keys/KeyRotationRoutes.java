package org.guwah.web.keys;

import java.time.Clock;
import java.util.List;
import org.guwah.store.accounts.Role;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.Reencryption;
import org.guwah.store.cases.ReencryptionListener;
import org.guwah.store.cases.ReencryptionRun;
import org.guwah.store.cases.ReencryptionSummary;
import org.guwah.store.cases.TableReencryption;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.KeysSealedException;
import org.guwah.store.crypto.KeysetInfo;
import org.guwah.store.crypto.UnableToWriteKeysException;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiCall;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.ConflictException;
import org.jspecify.annotations.Nullable;

/**
 * Key rotation without downtime, for administrators, under {@code /api/v1/keys/rotation}:
 *
 * <ul>
 *   <li>{@code POST}: rotates the server's own key ring ({@link KeyRing#rotate()}: a new primary
 *       key, written to the keys folder; old keys stay for decryption) and starts re-sealing every
 *       stored identity field under it in the background ({@link Reencryption}); answers at once
 *       with the job's view. Refused with 409 while a re-encryption runs.
 *   <li>{@code GET}: the latest job's state and counts (never key material).
 * </ul>
 *
 * <p>The rotation has to happen here, in the process whose key ring serves the API: {@code guwah
 * keys rotate} beside a running server would leave the server without the new key. Reads and
 * writes go on meanwhile. Audited as {@link AuditAction#KEY_ROTATE}: one entry when the job
 * starts (new primary key id) and one when it ends (state and counts). Thread-safe.
 */
public final class KeyRotationRoutes {
  private static final String PATH = "/api/v1/keys/rotation";
  private final CaseStore cases;
  private final KeyRing keys;
  private final AuditLog audit;
  private final Clock clock;
  private @Nullable ReencryptionRun latest;

  private KeyRotationRoutes(CaseStore cases, KeyRing keys, AuditLog audit, Clock clock) {
    this.cases = cases;
    this.keys = keys;
    this.audit = audit;
    this.clock = clock;
  }

  /** The routes over {@code cases}, whose key ring must be {@code keys}. */
  public static List<ApiRoute> of(CaseStore cases, KeyRing keys, AuditLog audit, Clock clock) {
    KeyRotationRoutes r = new KeyRotationRoutes(cases, keys, audit, clock);
    Access admin = Access.roles(Role.ADMINISTRATOR);
    return List.of(
        ApiRoute.post(PATH).operationId("rotateKeys").tag("keys").access(admin)
            .summary("Rotate the field key and re-seal every stored record under it in the background")
            .response(RotationView.class).status(200)
            .handler(r::rotate),
        ApiRoute.get(PATH).operationId("getKeyRotation").tag("keys").access(admin)
            .summary("Progress of the latest key rotation's re-encryption (counts only)")
            .response(RotationView.class)
            .handler(call -> r.view()));
  }

  private synchronized RotationView rotate(ApiCall call) {
    ReencryptionRun running = latest;
    if (running != null && !running.state().ended()) {
      throw new ConflictException("A key rotation is still re-encrypting; wait until it has finished");
    }
    String actor = AuditEntry.account(call.requireSession().accountId());
    try {
      keys.rotate();
    } catch (KeysSealedException | UnableToWriteKeysException e) {
      throw new ConflictException("The keys folder cannot be rotated now (sealed without the custody key in"
          + " memory, or not writable); see guwah keys status");
    }
    long primary = primaryKeyId();
    audit.append(AuditEntry.of(actor, AuditAction.KEY_ROTATE).withDetail("step", "start")
        .withDetail("primary_key", primary));
    ReencryptionRun run = Reencryption.of(cases, keys, clock).start(ReencryptionListener.none());
    latest = run;
    run.result().whenComplete((summary, failure) -> audited(actor, run, summary));
    return view(run, primary);
  }

  private void audited(String actor, ReencryptionRun run, @Nullable ReencryptionSummary summary) {
    AuditEntry entry = AuditEntry.of(actor, AuditAction.KEY_ROTATE).withDetail("step", "finish")
        .withDetail("state", run.state().name().toLowerCase(java.util.Locale.ROOT))
        .withDetail("primary_key", primaryKeyId());
    if (summary != null) {
      entry = entry.withDetail("rows", summary.done()).withDetail("resealed", summary.resealed())
          .withDetail("already_current", summary.alreadyCurrent())
          .withDetail("changed_meanwhile", summary.changedMeanwhile())
          .withDetail("unreadable", summary.unreadable());
    }
    audit.append(entry);
  }

  private synchronized RotationView view() {
    ReencryptionRun run = latest;
    if (run == null) {
      return new RotationView("none", primaryKeyId(), null, null, 0, 0, List.of());
    }
    return view(run, primaryKeyId());
  }

  private static RotationView view(ReencryptionRun run, long primary) {
    List<RotationView.TableView> tables = run.tables().stream().map(KeyRotationRoutes::table).toList();
    long done = tables.stream().mapToLong(RotationView.TableView::done).sum();
    long total = tables.stream().mapToLong(RotationView.TableView::total).sum();
    return new RotationView(run.state().name().toLowerCase(java.util.Locale.ROOT), primary, run.startedAt(),
        run.finishedAt().orElse(null), done, total, tables);
  }

  private static RotationView.TableView table(TableReencryption t) {
    return new RotationView.TableView(t.kind(), t.total(), t.done(), t.resealed(), t.alreadyCurrent(),
        t.changedMeanwhile(), t.unreadable());
  }

  private long primaryKeyId() {
    return keys.keyInfo().keysets().stream().filter(k -> k.purpose().equals("fields")).findFirst()
        .map(KeysetInfo::primaryKeyId).orElse(0L);
  }

  @Override
  public String toString() {
    return "KeyRotationRoutes";
  }
}
