package org.guwah.store.audit;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found by {@link AuditLog#verify()}: a position in the chain and what is wrong
 * there. Never carries entry values.
 *
 * @param seq the sequence number concerned (0 when the problem is not tied to one, e.g. an
 *     unreadable anchor file)
 * @param kind what is wrong
 */
public record AuditProblem(long seq, Kind kind) implements Comparable<AuditProblem> {

  /** What is wrong at a position. */
  public enum Kind {
    /** The entry stored at this seq does not verify: a column was changed. */
    EDITED("the entry was changed"),
    /** No entry with this seq (deleted). */
    MISSING("the entry is missing"),
    /** An authentic entry stands at the wrong position (rows swapped or renumbered). */
    REORDERED("the entry is out of order"),
    /** An entry that does not belong to the chain (forged, or copied from elsewhere). */
    INSERTED("the entry does not belong to the chain"),
    /** The chain ends before this seq, but the head or the anchor file says it reached it. */
    TRUNCATED("entries from here on were removed"),
    /** {@code audit_head} does not match the last entry. */
    HEAD_MISMATCH("the chain head does not match the entries"),
    /** The anchor file names an entry this chain does not contain (or cannot be read). */
    ANCHOR_MISMATCH("the anchor file does not match the chain");

    private final String meaning;

    Kind(String meaning) {
      this.meaning = meaning;
    }

    /** The code, e.g. {@code head_mismatch}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** A short explanation in English. */
    public String meaning() {
      return meaning;
    }

    @Override
    public String toString() {
      return code();
    }
  }

  public AuditProblem {
    Objects.requireNonNull(kind, "kind");
    if (seq < 0) {
      throw new IllegalArgumentException("seq must not be negative");
    }
  }

  /** Orders by seq, then kind. */
  @Override
  public int compareTo(AuditProblem other) {
    int bySeq = Long.compare(seq, other.seq);
    return bySeq != 0 ? bySeq : kind.compareTo(other.kind);
  }

  /** {@code seq 12: edited (the entry was changed)}. */
  public String describe() {
    return "seq " + seq + ": " + kind.code() + " (" + kind.meaning() + ")";
  }
}
