package org.guwah.analysis.linkage.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: a pair of records counts
 * as found when both are in one cluster, and as true when both belong to one person. Counted from
 * the contingency table, so a million records cost a million map updates, not a trillion pairs.
 *
 * @param truePairs pairs of records of one person
 * @param predictedPairs pairs of records in one cluster
 * @param correctPairs pairs both true and predicted
 * @param records records scored
 * @param unclustered records of the truth absent from the clustering (scored as one-record clusters)
 */
public record PairwiseScore(
    long truePairs, long predictedPairs, long correctPairs, long records, long unclustered) {
  /**
   * Scores {@code clusters} (record id → cluster id) against {@code truth} (record id → person
   * id). Records only in {@code clusters} are ignored.
   */
  public static PairwiseScore of(Map<String, String> truth, Map<String, String> clusters) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(clusters, "clusters");
    Map<String, Long> perPerson = new HashMap<>();
    Map<String, Long> perCluster = new HashMap<>();
    Map<String, Long> perCell = new HashMap<>();
    long unclustered = 0;
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String cluster = clusters.get(e.getKey());
      if (cluster == null) {
        unclustered++;
        cluster = "\u0000" + e.getKey();
      }
      perPerson.merge(e.getValue(), 1L, Long::sum);
      perCluster.merge(cluster, 1L, Long::sum);
      perCell.merge(cluster + "\u0000\u0001" + e.getValue(), 1L, Long::sum);
    }
    return new PairwiseScore(
        pairs(perPerson), pairs(perCluster), pairs(perCell), truth.size(), unclustered);
  }

  private static long pairs(Map<String, Long> counts) {
    long total = 0;
    for (long n : counts.values()) {
      total += n * (n - 1) / 2;
    }
    return total;
  }

  /** Correct pairs / predicted pairs (1 when nothing was predicted). */
  public double precision() {
    return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
  }

  /** Correct pairs / true pairs (1 when there is nothing to find). */
  public double recall() {
    return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "precision %.4f, recall %.4f, F1 %.4f (%d true pairs, %d predicted, %d correct; %d records)",
        precision(), recall(), f1(), truePairs, predictedPairs, correctPairs, records);
  }
}
