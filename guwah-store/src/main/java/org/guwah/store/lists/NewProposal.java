package org.guwah.store.lists;

import java.util.Objects;
import java.util.UUID;

/**
 * A match linkage proposes between a list row and a recorded person. Codes and numbers only.
 *
 * @param probability posterior probability that the row is the person
 * @param matchWeight log2 odds
 * @param outcome {@code linked}, {@code below_threshold} or {@code blocked}
 * @param guard why a blocked link was held back (a code), else empty
 * @param evidence per-field agreement levels and weights, e.g. {@code NAME=exact(+5.2) ID=missing(+0.0)}
 */
public record NewProposal(UUID rowId, UUID personId, double probability, double matchWeight, String outcome,
    String guard, String evidence) {
  public NewProposal {
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(personId, "personId");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be within 0..1");
    }
    if (!Double.isFinite(matchWeight)) {
      throw new IllegalArgumentException("match weight must be finite");
    }
    if (!outcome.equals("linked") && !outcome.equals("below_threshold") && !outcome.equals("blocked")) {
      throw new IllegalArgumentException("unknown outcome");
    }
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(evidence, "evidence");
  }
}
