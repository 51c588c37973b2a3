package org.guwah.analysis.linkage;

/** What clustering did with a candidate link. */
public enum LinkOutcome {
  /** Above the threshold; it joined two clusters. */
  LINKED,
  /**
   * Below the threshold on its own, but it joined two clusters whose combined evidence (the best
   * agreement per field over all pairs of their records, as if comparing the two persons' merged
   * profiles) reached the threshold.
   */
  LINKED_BY_CLUSTER,
  /** Its records ended in the same cluster through other links (or a known cluster). */
  SAME_CLUSTER,
  /** Above the threshold, but a guard kept the two clusters apart; see {@link Link#guard()}. */
  BLOCKED,
  /** Below the threshold and the records are in different clusters: a possible match to review. */
  BELOW_THRESHOLD,
  /** A reviewer confirmed the pair. */
  CONFIRMED,
  /** A reviewer rejected the pair. */
  REJECTED
}
