package org.guwah.store.audit.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.crypto.Mac;
import org.guwah.store.audit.AuditProblem;
import org.guwah.store.audit.AuditProblem.Kind;
import org.guwah.store.audit.AuditVerification;
import org.jspecify.annotations.Nullable;

/**
 * Checks a chain streamed in seq order ({@link #accept}), then the head and the anchor ({@link
 * #finish}). Memory stays bounded: beyond the current row it keeps at most {@value #RETAINED}
 * unexplained rows and missing seqs (to recognise moved entries) and {@link
 * AuditVerification#MAX_PROBLEMS} problems.
 *
 * <p>Each row is first checked at its stored seq ({@code AUTH}), then at seq−1 and seq+1 (an
 * authentic entry renumbered by an insertion or a hidden deletion), else it is unexplained. The
 * MAC covers {@code prev_mac}, so the link from each authentic entry to its predecessor is itself
 * authentic. Classification:
 *
 * <ul>
 *   <li>a gap in the stored seqs: {@code missing};
 *   <li>an unexplained row followed by entries shifted up by one: {@code inserted};
 *   <li>a run shifted down by one: the entry at its start is {@code missing};
 *   <li>two neighbours shifted towards each other, or an unexplained row that verifies at the
 *       seq of another unexplained row or of a missing seq: {@code reordered};
 *   <li>an authentic entry whose predecessor link does not match the entry before it: {@code
 *       inserted} (spliced in from another chain with the same key);
 *   <li>any other unexplained row: {@code inserted} beyond the head, else {@code edited};
 *   <li>the head beyond the last row, or the anchor beyond it: {@code truncated}; otherwise a
 *       head or anchor not matching the entry it names: {@code head_mismatch}, {@code
 *       anchor_mismatch}.
 * </ul>
 *
 * <p>Not thread-safe: one verification, one thread.
 */
public final class ChainVerifier {
  static final int RETAINED = 1000;
  private static final byte[] GENESIS = ChainMac.genesis();

  private enum Fit { AUTH, SHIFT_UP, SHIFT_DOWN, UNEXPLAINED }

  private record Unexplained(long seq, byte[] prevMac, byte @Nullable [] body, byte[] mac) {}

  private final Mac mac;
  private final @Nullable Head head;
  private final @Nullable Head anchor;
  private final boolean anchorUnreadable;
  private final TreeSet<AuditProblem> problems = new TreeSet<>();
  private long omitted;

  private long checked;
  private long expected = 1;
  private long lastStoredSeq;
  private byte[] lastStoredMac = GENESIS;
  private long lastAuthSeq;

  private @Nullable Fit prevFit;
  private long prevSeq;
  private long prevOriginal = -1;
  private boolean prevStartsShiftDown;
  private boolean prevLinkBroken;
  private @Nullable Unexplained pending;

  private final List<Unexplained> retained = new ArrayList<>();
  private final TreeSet<Long> missingRetained = new TreeSet<>();

  private byte @Nullable [] macAtHeadSeq;
  private byte @Nullable [] macAtAnchorSeq;
  private byte @Nullable [] macOfAnchoredEntry;

  /**
   * @param head {@code audit_head} as read in the same snapshot as the rows, or null if it has no
   *     row
   * @param anchor what the anchor file said (read before the snapshot), or null if none
   * @param anchorUnreadable whether an anchor file exists but cannot be read
   */
  public ChainVerifier(
      ChainMac chainMac, @Nullable Head head, @Nullable Head anchor, boolean anchorUnreadable) {
    this.mac = chainMac.newMac();
    this.head = head;
    this.anchor = anchor;
    this.anchorUnreadable = anchorUnreadable;
  }

  /** Checks the next row (rows must come in ascending seq order). */
  public void accept(StoredRow row) {
    checked++;
    long p = row.seq;
    if (p < expected) {
      // only possible for seq <= 0 (a removed check constraint): not an entry of ours
      add(0, Kind.INSERTED);
      return;
    }
    boolean gap = p > expected;
    if (gap) {
      addMissing(expected, p - 1);
    }
    byte[] body = row.body();
    Fit fit = Fit.UNEXPLAINED;
    long original = -1;
    if (body != null) {
      if (ChainMac.verifies(mac, row.prevMac, p, body, row.mac)) {
        fit = Fit.AUTH;
        original = p;
      } else if (p > 1 && ChainMac.verifies(mac, row.prevMac, p - 1, body, row.mac)) {
        fit = Fit.SHIFT_UP;
        original = p - 1;
      } else if (ChainMac.verifies(mac, row.prevMac, p + 1, body, row.mac)) {
        fit = Fit.SHIFT_DOWN;
        original = p + 1;
      }
    }
    boolean adjacent = !gap && prevFit != null && prevSeq == p - 1;
    boolean swapped = resolvePrevious(fit, original, adjacent);
    checkLink(row, p, original, adjacent);
    classify(row, body, fit, original, adjacent, swapped);
    capture(row, p, original);
    prevFit = fit;
    prevSeq = p;
    prevOriginal = original;
    lastStoredMac = row.mac;
    lastStoredSeq = p;
    expected = p + 1;
  }

  /** Settles what the previous row left open; returns whether the two rows were swapped. */
  private boolean resolvePrevious(Fit fit, long original, boolean adjacent) {
    boolean swapped = false;
    if (pending != null) {
      if (adjacent && fit == Fit.SHIFT_UP) {
        add(pending.seq(), Kind.INSERTED);
      } else {
        retain(pending);
      }
      pending = null;
    }
    if (prevStartsShiftDown) {
      if (adjacent && fit == Fit.SHIFT_UP && original == prevSeq) {
        add(prevSeq, Kind.REORDERED);
        add(prevSeq + 1, Kind.REORDERED);
        swapped = true;
      } else {
        add(prevSeq, Kind.MISSING);
      }
      prevStartsShiftDown = false;
    }
    return swapped;
  }

  /**
   * An authentic entry must link to the entry before it. If it does not, it comes from another
   * chain (same key): inserted. The entry after such a one is not blamed for the broken link.
   */
  private void checkLink(StoredRow row, long p, long original, boolean adjacent) {
    boolean broken = false;
    if (original == 1) {
      broken = !MessageDigest.isEqual(row.prevMac, GENESIS);
    } else if (original > 1 && adjacent && prevOriginal == original - 1 && !prevLinkBroken) {
      broken = !MessageDigest.isEqual(row.prevMac, lastStoredMac);
    }
    if (broken) {
      add(p, Kind.INSERTED);
    }
    prevLinkBroken = broken;
  }

  private void classify(
      StoredRow row, byte @Nullable [] body, Fit fit, long original, boolean adjacent,
      boolean swapped) {
    long p = row.seq;
    switch (fit) {
      case AUTH -> lastAuthSeq = p;
      case SHIFT_UP -> {
        if (swapped || (adjacent && (prevFit == Fit.SHIFT_UP || prevFit == Fit.UNEXPLAINED))) {
          break;
        }
        add(p, adjacent && prevOriginal == original ? Kind.INSERTED : Kind.REORDERED);
      }
      case SHIFT_DOWN -> {
        if (!(adjacent && prevFit == Fit.SHIFT_DOWN)) {
          prevStartsShiftDown = true;
        }
      }
      case UNEXPLAINED -> pending = new Unexplained(p, row.prevMac, body, row.mac);
    }
  }

  private void capture(StoredRow row, long p, long original) {
    if (head != null && p == head.seq()) {
      macAtHeadSeq = row.mac;
    }
    if (anchor != null) {
      if (p == anchor.seq()) {
        macAtAnchorSeq = row.mac;
      }
      if (original == anchor.seq()) {
        macOfAnchoredEntry = row.mac;
      }
    }
  }

  private void retain(Unexplained row) {
    if (row.body() != null && retained.size() < RETAINED) {
      retained.add(row);
    } else {
      add(row.seq(), beyondHead(row.seq()) ? Kind.INSERTED : Kind.EDITED);
    }
  }

  private boolean beyondHead(long seq) {
    return head == null || seq > head.seq();
  }

  /** Ends the verification: settles open rows, matches moved entries, checks head and anchor. */
  public AuditVerification finish() {
    if (pending != null) {
      retain(pending);
      pending = null;
    }
    if (prevStartsShiftDown) {
      add(prevSeq, Kind.MISSING);
      prevStartsShiftDown = false;
    }
    matchMovedEntries();
    checkHead();
    checkAnchor();
    return new AuditVerification(checked, lastStoredSeq, List.copyOf(problems), omitted);
  }

  private void matchMovedEntries() {
    for (Unexplained u : retained) {
      Long moved = null;
      for (Unexplained other : retained) {
        if (other != u && fits(u, other.seq())) {
          moved = other.seq();
          break;
        }
      }
      if (moved == null) {
        for (Long missing : missingRetained) {
          if (fits(u, missing)) {
            moved = missing;
            problems.remove(new AuditProblem(missing, Kind.MISSING));
            add(missing, Kind.REORDERED);
            break;
          }
        }
      }
      if (moved != null) {
        add(u.seq(), Kind.REORDERED);
      } else {
        add(u.seq(), beyondHead(u.seq()) ? Kind.INSERTED : Kind.EDITED);
      }
    }
  }

  private boolean fits(Unexplained u, long seq) {
    byte[] body = u.body();
    return body != null && seq > 0 && ChainMac.verifies(mac, u.prevMac(), seq, body, u.mac());
  }

  private void checkHead() {
    if (head == null) {
      add(0, Kind.HEAD_MISMATCH);
      return;
    }
    long h = head.seq();
    if (h > lastStoredSeq) {
      add(lastStoredSeq + 1, Kind.TRUNCATED);
    } else if (h < lastAuthSeq) {
      add(h, Kind.HEAD_MISMATCH);
    } else if (h == 0) {
      if (!MessageDigest.isEqual(head.mac(), GENESIS)) {
        add(0, Kind.HEAD_MISMATCH);
      }
    } else if (macAtHeadSeq != null && !MessageDigest.isEqual(head.mac(), macAtHeadSeq)) {
      add(h, Kind.HEAD_MISMATCH);
    }
  }

  private void checkAnchor() {
    if (anchorUnreadable) {
      add(0, Kind.ANCHOR_MISMATCH);
      return;
    }
    if (anchor == null || anchor.seq() == 0) {
      return;
    }
    long a = anchor.seq();
    byte[] seen = macOfAnchoredEntry != null ? macOfAnchoredEntry : macAtAnchorSeq;
    if (a > lastStoredSeq) {
      add(lastStoredSeq + 1, Kind.TRUNCATED);
    } else if (seen != null && !MessageDigest.isEqual(anchor.mac(), seen)) {
      add(a, Kind.ANCHOR_MISMATCH);
    }
  }

  private void addMissing(long from, long to) {
    for (long s = from; s <= to; s++) {
      if (missingRetained.size() < RETAINED) {
        missingRetained.add(s);
      }
      if (problems.size() >= AuditVerification.MAX_PROBLEMS && s > problems.last().seq()) {
        omitted += to - s + 1;
        return;
      }
      add(s, Kind.MISSING);
    }
  }

  private void add(long seq, Kind kind) {
    if (!problems.add(new AuditProblem(seq, kind))) {
      return;
    }
    if (problems.size() > AuditVerification.MAX_PROBLEMS) {
      problems.pollLast();
      omitted++;
    }
  }

  @Override
  public String toString() {
    return "ChainVerifier[checked=" + checked + "]";
  }
}
