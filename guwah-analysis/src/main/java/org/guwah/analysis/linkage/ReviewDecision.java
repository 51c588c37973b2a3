package org.guwah.analysis.linkage;

import java.util.Objects;

/**
 * A reviewer's decision on a pair of records. A confirmed pair is always linked and counts as a
 * labelled match when weights are learned; a rejected pair is never in one cluster (nor are the
 * clusters that contain its records) and counts as a labelled non-match. Decisions naming records
 * that are not in the run are ignored.
 *
 * @param recordA id of one record
 * @param recordB id of the other
 * @param verdict the decision
 */
public record ReviewDecision(String recordA, String recordB, Verdict verdict) {
  /** What the reviewer decided. */
  public enum Verdict {
    /** The two records describe the same person. */
    CONFIRMED,
    /** The two records describe different people. */
    REJECTED
  }

  public ReviewDecision {
    Objects.requireNonNull(recordA, "recordA");
    Objects.requireNonNull(recordB, "recordB");
    Objects.requireNonNull(verdict, "verdict");
    if (recordA.equals(recordB)) {
      throw new IllegalArgumentException("a decision needs two different records");
    }
  }

  /** A confirmed pair. */
  public static ReviewDecision confirmed(String a, String b) {
    return new ReviewDecision(a, b, Verdict.CONFIRMED);
  }

  /** A rejected pair. */
  public static ReviewDecision rejected(String a, String b) {
    return new ReviewDecision(a, b, Verdict.REJECTED);
  }
}
