package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditKeys;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.app.InProcessCli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guwah audit verify|tail` on a real database, intact and tampered with. */
class AuditCommandIT {
  static final String CANARY = "Qanarimemet Canaryjan";

  @TempDir Path work;
  FreshDatabase fresh;
  String url;
  Path data;

  @BeforeEach
  void fresh() {
    fresh = TestDatabases.create();
    url = GuwahProcess.dbUrl(fresh);
    data = work.resolve("data");
  }

  @AfterEach
  void drop() {
    fresh.close();
  }

  Run guwah(String... args) {
    return InProcessCli.run(url, data, args);
  }

  /** Appends {@code n} entries the way the server will: chain key from the keys, anchor in DATA. */
  Database appendEntries(KeyRing keys, int n) {
    Database db = fresh.open();
    AuditLog log = AuditLog.open(db, AuditKeys.chainKey(keys), Clock.systemUTC(), data.resolve("audit.anchor"));
    for (int i = 1; i <= n; i++) {
      log.append(AuditEntry.of(AuditEntry.account(new UUID(1, i % 3)), AuditAction.READ_IDENTITY)
          .withKind("person").withRecord(new UUID(2, i)).withPurpose("INTERNAL_ANALYSIS").withDetail("fields", i));
    }
    return db;
  }

  static void tamper(Database db, String... statements) {
    db.jdbi().useTransaction(h -> {
      h.execute("alter table audit_event disable trigger user");
      for (String sql : statements) {
        h.execute(sql);
      }
      h.execute("alter table audit_event enable trigger user");
    });
  }

  @Test
  void verifyPassesAnIntactChainAndNamesTheFirstProblemsOfATamperedOne() {
    KeyRing keys = KeyRing.create(data.resolve("keys"));
    Run empty = guwah("audit", "verify");
    assertThat(empty.exit()).as(empty.err()).isZero();
    assertThat(empty.out()).contains("audit intact: 0 entries checked", "no anchor file yet");

    Database db = appendEntries(keys, 12);
    Run intact = guwah("audit", "verify");
    assertThat(intact.exit()).as(intact.err()).isZero();
    assertThat(intact.out()).contains("audit intact: 12 entries checked, last seq 12", "anchor ");

    Run tail = guwah("audit", "tail", "-n", "3");
    assertThat(tail.exit()).as(tail.err()).isZero();
    assertThat(tail.out().lines().toList()).hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("read_identity", "kind=person", "purpose=INTERNAL_ANALYSIS"));
    assertThat(tail.out().lines().toList().get(0)).startsWith("10  ").contains("fields=10");

    tamper(db, "update audit_event set actor = '" + CANARY + "' where seq = 4",
        "delete from audit_event where seq = 7");
    Run edited = guwah("audit", "verify");
    assertThat(edited.exit()).isEqualTo(AuditCommand.TAMPERED);
    assertThat(edited.out()).contains("seq 4: edited", "seq 7: missing");
    assertThat(edited.err()).contains("audit NOT intact: 2 problems in 11 entries checked; first at seq 4 (edited), 7 (missing)");
    assertThat(edited.out() + edited.err()).doesNotContain("Qanarimemet");

    Run tampered = guwah("audit", "tail", "-n", "12");
    assertThat(tampered.exit()).isZero();
    assertThat(tampered.out()).contains("4  (not a valid entry").doesNotContain("Qanarimemet");
  }

  @Test
  void aRemovedTailWithARewoundHeadIsCaughtThroughTheAnchorFile() {
    KeyRing keys = KeyRing.create(data.resolve("keys"));
    Database db = appendEntries(keys, 5);
    db.jdbi().useTransaction(h -> {
      h.execute("alter table audit_event disable trigger user");
      h.execute("delete from audit_event where seq = 5");
      h.execute("update audit_head set seq = 4, mac = (select mac from audit_event where seq = 4)");
      h.execute("alter table audit_event enable trigger user");
    });
    Run run = guwah("audit", "verify");
    assertThat(run.exit()).isEqualTo(AuditCommand.TAMPERED);
    assertThat(run.out()).contains("seq 5: truncated");
    assertThat(run.err()).contains("first at seq 5 (truncated)");
  }

  @Test
  void entriesSealedUnderOtherKeysDoNotVerify() {
    KeyRing.create(data.resolve("keys"));
    appendEntries(KeyRing.create(work.resolve("other-keys")), 3);
    Run run = guwah("audit", "verify");
    assertThat(run.exit()).isEqualTo(AuditCommand.TAMPERED);
    assertThat(run.err()).contains("3 problems", "first at seq 1 (edited), 2 (edited), 3 (edited)");
  }

  @Test
  void withoutKeysItSaysHowToGetThem() {
    Run run = guwah("audit", "verify");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("keys");
    Run bad = guwah("audit", "tail", "-n", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("-n must be between 1 and");
  }
}
