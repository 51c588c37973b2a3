package org.guwah.store.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import org.guwah.store.audit.AuditProblem;
import org.guwah.store.audit.AuditProblem.Kind;
import org.guwah.store.audit.AuditVerification;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The verifier's classification on chains built in memory (the *IT does the same on PostgreSQL). */
class ChainVerifierTest {
  static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final ChainMac CHAIN = new ChainMac(KEY);
  static final Instant T0 = Instant.parse("2024-06-01T12:00:00.123456Z");

  /** A row as test data, before it becomes a {@link StoredRow}. */
  record R(long seq, Instant at, String actor, String action, @Nullable String kind, List<UUID> ids,
      @Nullable String purpose, String detailJson, byte[] prevMac, byte[] mac) {
    R withSeq(long s) {
      return new R(s, at, actor, action, kind, ids, purpose, detailJson, prevMac, mac);
    }

    R withActor(String a) {
      return new R(seq, at, a, action, kind, ids, purpose, detailJson, prevMac, mac);
    }

    R withDetail(String json) {
      return new R(seq, at, actor, action, kind, ids, purpose, json, prevMac, mac);
    }

    R withMacs(byte[] prev, byte[] m) {
      return new R(seq, at, actor, action, kind, ids, purpose, detailJson, prev, m);
    }

    StoredRow stored() {
      return new StoredRow(seq, at, actor, action, kind, ids, purpose, detailJson, prevMac, mac);
    }
  }

  /** A valid chain of {@code n} entries under {@code key}, starting after {@code prev}. */
  static List<R> chain(ChainMac chain, int n, String actor) {
    Mac mac = chain.newMac();
    List<R> rows = new ArrayList<>();
    byte[] prev = ChainMac.genesis();
    for (int i = 1; i <= n; i++) {
      Instant at = T0.plusSeconds(i);
      List<UUID> ids = List.of(new UUID(0x0190_0000_0000_7000L, i));
      Map<String, Object> detail = Map.of("n", (long) i, "via", "api");
      byte[] body = ChainMac.body(ChainMac.micros(at), actor, "create", "person", ids, null, detail);
      byte[] m = ChainMac.mac(mac, prev, i, body);
      rows.add(new R(i, at, actor, "create", "person", ids, null,
          AuditTable.detailJson(new java.util.TreeMap<>(detail)), prev, m));
      prev = m;
    }
    return rows;
  }

  static List<R> chain(int n) {
    return chain(CHAIN, n, "cli");
  }

  static Head headOf(List<R> rows) {
    R last = rows.get(rows.size() - 1);
    return new Head(last.seq(), last.mac());
  }

  static AuditVerification verify(List<R> rows, @Nullable Head head, @Nullable Head anchor) {
    ChainVerifier v = new ChainVerifier(CHAIN, head, anchor, false);
    rows.forEach(r -> v.accept(r.stored()));
    return v.finish();
  }

  static AuditVerification verify(List<R> rows) {
    return verify(rows, headOf(rows), headOf(rows));
  }

  static AuditProblem p(long seq, Kind kind) {
    return new AuditProblem(seq, kind);
  }

  static byte[] flip(byte[] b, int i) {
    byte[] c = b.clone();
    c[i] ^= 1;
    return c;
  }

  @Test
  void anIntactChainVerifies() {
    List<R> rows = chain(10);
    AuditVerification v = verify(rows);
    assertThat(v.ok()).isTrue();
    assertThat(v.entriesChecked()).isEqualTo(10);
    assertThat(v.lastSeq()).isEqualTo(10);
    assertThat(v.problems()).isEmpty();
  }

  @Test
  void anEmptyChainVerifiesUnlessTheHeadOrAnchorSaysOtherwise() {
    Head empty = new Head(0, ChainMac.genesis());
    assertThat(verify(List.of(), empty, null).ok()).isTrue();
    assertThat(verify(List.of(), new Head(3, new byte[32]), null).problems())
        .containsExactly(p(1, Kind.TRUNCATED));
    assertThat(verify(List.of(), empty, new Head(2, new byte[32])).problems())
        .containsExactly(p(1, Kind.TRUNCATED));
    assertThat(verify(List.of(), new Head(0, new byte[] {1}), null).problems())
        .containsExactly(p(0, Kind.HEAD_MISMATCH));
    assertThat(verify(List.of(), null, null).problems()).containsExactly(p(0, Kind.HEAD_MISMATCH));
  }

  @Test
  void editsOfAnyPartAreReportedAtTheirSeqOnly() {
    List<R> rows = chain(10);
    R r5 = rows.get(4);
    List<R> edits = List.of(
        r5.withActor("clj"),
        r5.withDetail("{\"n\": 6, \"via\": \"api\"}"),
        r5.withDetail("{\"n\": 5.0, \"via\": \"api\"}"),
        r5.withDetail("[]"),
        r5.withMacs(r5.prevMac(), flip(r5.mac(), 0)),
        r5.withMacs(flip(r5.prevMac(), 31), r5.mac()),
        new R(5, r5.at().plusNanos(1000), r5.actor(), r5.action(), r5.kind(), r5.ids(), null,
            r5.detailJson(), r5.prevMac(), r5.mac()),
        new R(5, r5.at(), r5.actor(), "update", r5.kind(), r5.ids(), null, r5.detailJson(),
            r5.prevMac(), r5.mac()),
        new R(5, r5.at(), r5.actor(), r5.action(), null, r5.ids(), null, r5.detailJson(),
            r5.prevMac(), r5.mac()),
        new R(5, r5.at(), r5.actor(), r5.action(), r5.kind(), r5.ids(), "X", r5.detailJson(),
            r5.prevMac(), r5.mac()),
        new R(5, r5.at(), r5.actor(), r5.action(), r5.kind(), List.of(new UUID(1, 5)), null,
            r5.detailJson(), r5.prevMac(), r5.mac()));
    for (R edited : edits) {
      List<R> tampered = new ArrayList<>(rows);
      tampered.set(4, edited);
      assertThat(verify(tampered).problems()).as(edited.toString()).containsExactly(p(5, Kind.EDITED));
    }
  }

  @Test
  void anEditedLastEntryIsEditedAndTheHeadStillMatchesItsMac() {
    List<R> rows = new ArrayList<>(chain(10));
    rows.set(9, rows.get(9).withActor("system"));
    assertThat(verify(rows).problems()).containsExactly(p(10, Kind.EDITED));
  }

  @Test
  void aDeletedMiddleEntryIsMissing() {
    List<R> rows = new ArrayList<>(chain(10));
    rows.remove(4);
    assertThat(verify(rows, headOf(chain(10)), null).problems()).containsExactly(p(5, Kind.MISSING));
    rows.remove(0);
    assertThat(verify(rows, headOf(chain(10)), null).problems())
        .containsExactly(p(1, Kind.MISSING), p(5, Kind.MISSING));
  }

  @Test
  void aRemovedTailIsCaughtByTheHeadOrElseOnlyByTheAnchor() {
    List<R> full = chain(10);
    List<R> cut = new ArrayList<>(full.subList(0, 8));
    assertThat(verify(cut, headOf(full), null).problems()).containsExactly(p(9, Kind.TRUNCATED));
    // head rewound with the rows: the chain itself is consistent, only the anchor knows
    assertThat(verify(cut, headOf(cut), null).ok()).isTrue();
    assertThat(verify(cut, headOf(cut), headOf(full)).problems()).containsExactly(p(9, Kind.TRUNCATED));
  }

  @Test
  void swappedEntriesAreReordered() {
    List<R> rows = new ArrayList<>(chain(10));
    R a = rows.get(2);
    R b = rows.get(6);
    rows.set(2, b.withSeq(3));
    rows.set(6, a.withSeq(7));
    assertThat(verify(rows).problems()).containsExactly(p(3, Kind.REORDERED), p(7, Kind.REORDERED));

    List<R> adjacent = new ArrayList<>(chain(10));
    R c = adjacent.get(3);
    R d = adjacent.get(4);
    adjacent.set(3, d.withSeq(4));
    adjacent.set(4, c.withSeq(5));
    assertThat(verify(adjacent).problems()).containsExactly(p(4, Kind.REORDERED), p(5, Kind.REORDERED));
  }

  @Test
  void anEntryMovedIntoAGapIsReorderedNotEdited() {
    List<R> rows = new ArrayList<>(chain(10));
    R third = rows.remove(2);
    rows.add(third.withSeq(11));
    AuditVerification v = verify(rows, headOf(chain(10)), null);
    assertThat(v.problems()).contains(p(3, Kind.REORDERED), p(11, Kind.REORDERED));
    assertThat(v.problems()).extracting(AuditProblem::kind).doesNotContain(Kind.EDITED, Kind.MISSING);
  }

  @Test
  void aForgedEntryInsertedByRenumberingIsInsertedAndTheShiftedOnesAreNotBlamed() {
    List<R> original = chain(10);
    List<R> rows = new ArrayList<>();
    for (R r : original) {
      rows.add(r.seq() < 4 ? r : r.withSeq(r.seq() + 1));
    }
    R forged = original.get(2).withActor("system").withSeq(4).withMacs(original.get(2).mac(), new byte[32]);
    rows.add(3, forged);
    Head head = new Head(11, original.get(9).mac());
    assertThat(verify(rows, head, headOf(original)).problems()).containsExactly(p(4, Kind.INSERTED));
  }

  @Test
  void aForgedEntryBeyondTheHeadIsInserted() {
    List<R> rows = new ArrayList<>(chain(10));
    R last = rows.get(9);
    rows.add(last.withSeq(11).withActor("system").withMacs(last.mac(), new byte[32]));
    assertThat(verify(rows, headOf(chain(10)), headOf(chain(10))).problems())
        .containsExactly(p(11, Kind.INSERTED));
  }

  @Test
  void aDeletionHiddenByRenumberingIsMissingAtItsPlace() {
    List<R> original = chain(10);
    List<R> rows = new ArrayList<>();
    for (R r : original) {
      if (r.seq() != 4) {
        rows.add(r.seq() < 4 ? r : r.withSeq(r.seq() - 1));
      }
    }
    Head head = new Head(9, original.get(9).mac());
    assertThat(verify(rows, head, null).problems()).containsExactly(p(4, Kind.MISSING));
    assertThat(verify(rows, head, headOf(original)).problems())
        .containsExactly(p(4, Kind.MISSING), p(10, Kind.TRUNCATED));
  }

  @Test
  void anEntryFromAnotherChainWithTheSameKeyIsInserted() {
    List<R> ours = new ArrayList<>(chain(10));
    List<R> theirs = chain(CHAIN, 10, "system");
    ours.set(5, theirs.get(5));
    assertThat(verify(ours).problems()).containsExactly(p(6, Kind.INSERTED));
  }

  @Test
  void aChainUnderAnotherKeyFailsEverywhere() {
    List<R> rows = chain(new ChainMac("fedcba9876543210".getBytes(StandardCharsets.US_ASCII)), 5, "cli");
    AuditVerification v = verify(rows);
    assertThat(v.problems()).extracting(AuditProblem::kind).containsOnly(Kind.EDITED).hasSize(5);
  }

  @Test
  void headAndAnchorMustMatchTheEntriesTheyName() {
    List<R> rows = chain(10);
    assertThat(verify(rows, new Head(10, new byte[32]), null).problems())
        .containsExactly(p(10, Kind.HEAD_MISMATCH));
    assertThat(verify(rows, new Head(8, rows.get(7).mac()), null).problems())
        .containsExactly(p(8, Kind.HEAD_MISMATCH));
    assertThat(verify(rows, headOf(rows), new Head(5, new byte[32])).problems())
        .containsExactly(p(5, Kind.ANCHOR_MISMATCH));
    assertThat(verify(rows, headOf(rows), new Head(5, rows.get(4).mac())).ok()).isTrue();
    ChainVerifier unreadable = new ChainVerifier(CHAIN, headOf(rows), null, true);
    rows.forEach(r -> unreadable.accept(r.stored()));
    assertThat(unreadable.finish().problems()).containsExactly(p(0, Kind.ANCHOR_MISMATCH));
  }

  @Test
  void problemsAreCappedKeepingTheFirst() {
    List<R> rows = new ArrayList<>(chain(3));
    R last = chain(5).get(4).withSeq(5000).withMacs(rows.get(2).mac(), new byte[32]);
    rows.add(last);
    AuditVerification v = verify(rows, new Head(5000, last.mac()), null);
    assertThat(v.ok()).isFalse();
    assertThat(v.problems()).hasSize(AuditVerification.MAX_PROBLEMS);
    assertThat(v.problems().get(0)).isEqualTo(p(4, Kind.MISSING));
    assertThat(v.problemCount()).isEqualTo(4996 + 1);
    assertThat(v.problemsOmitted()).isEqualTo(4997 - AuditVerification.MAX_PROBLEMS);
    assertThat(v.firstProblems(2)).isEqualTo("4 (missing), 5 (missing)");
  }
}
