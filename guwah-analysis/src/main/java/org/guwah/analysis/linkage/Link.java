package org.guwah.analysis.linkage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An explained candidate pair.
 *
 * @param recordA id of the first record (the smaller in record-id order)
 * @param recordB id of the second record
 * @param probability posterior probability that the two records describe the same person
 * @param matchWeight total log2 odds: prior weight plus the field weights
 * @param priorWeight log2 of the prior odds λ/(1−λ) among candidate pairs
 * @param evidence one entry per {@link Field}, in field order
 * @param outcome what clustering did with the link
 * @param guard why a {@link LinkOutcome#BLOCKED} link was refused ({@code valid_id_conflict},
 *     {@code sex_conflict}, {@code birth_year_conflict}, {@code birth_date_conflict}, {@code known_cluster_conflict}, {@code
 *     rejected_by_reviewer}, {@code weak_cross_pair}), else empty
 */
public record Link(
    String recordA,
    String recordB,
    double probability,
    double matchWeight,
    double priorWeight,
    List<FieldEvidence> evidence,
    LinkOutcome outcome,
    String guard) {
  public Link {
    Objects.requireNonNull(recordA, "recordA");
    Objects.requireNonNull(recordB, "recordB");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(guard, "guard");
  }

  /** The evidence of one field. */
  public FieldEvidence evidence(Field field) {
    return evidence.get(field.ordinal());
  }

  /**
   * One line without identity values, e.g. {@code r1~r7 p=0.998 w=+12.4: NAME=exact(+5.2)
   * BIRTH=one_year(+2.1) SEX=same(+0.9) PLACE=missing(+0.0) ID=exact(+14.0) -> LINKED}.
   */
  public String explain() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s~%s p=%.4f w=%+.1f (prior %+.1f):", recordA, recordB, probability,
                matchWeight, priorWeight));
    for (FieldEvidence e : evidence) {
      b.append(' ').append(e);
    }
    b.append(" -> ").append(outcome);
    if (!guard.isEmpty()) {
      b.append(" (").append(guard).append(')');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "Link[" + explain() + "]";
  }
}
