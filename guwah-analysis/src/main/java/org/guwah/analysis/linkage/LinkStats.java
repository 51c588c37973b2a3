package org.guwah.analysis.linkage;

import java.util.Map;

/**
 * Counts and timings of a linkage run (no record data).
 *
 * @param records records linked
 * @param unreadableNames records whose name cell held no letters of any script
 * @param nameOnly records with a name and nothing else to compare
 * @param unresolvedPlaces records whose place did not resolve to a county or prefecture code
 *     (compared as text only)
 * @param unusableIds records whose ID cell was not an ID in any known form
 * @param unreadableSex records whose sex cell was not understood
 * @param candidatePairs distinct pairs compared
 * @param pairsPerRule pairs each blocking rule generated (before duplicates across rules)
 * @param windowedBlocks blocks too large to compare all against all (compared by window)
 * @param largestBlock records in the largest block
 * @param emIterations EM iterations (0 when a model was given)
 * @param emConverged whether EM converged
 * @param uFixed whether EM fell back to holding u at the random-pair estimate
 * @param lambda the prior match proportion among candidate pairs
 * @param clusters clusters (one-record clusters included)
 * @param multiRecordClusters clusters of two or more records
 * @param pairsAboveThreshold candidate pairs at or above the threshold
 * @param joins joins of two clusters by a candidate pair
 * @param refusedByGuard merges refused per guard
 * @param reportedLinks links kept in {@link LinkResult#links()}
 * @param millis time per phase: prepare, block, compare, em, cluster
 */
public record LinkStats(
    long records,
    long unreadableNames,
    long nameOnly,
    long unresolvedPlaces,
    long unusableIds,
    long unreadableSex,
    long candidatePairs,
    Map<String, Long> pairsPerRule,
    long windowedBlocks,
    long largestBlock,
    int emIterations,
    boolean emConverged,
    boolean uFixed,
    double lambda,
    long clusters,
    long multiRecordClusters,
    long pairsAboveThreshold,
    long joins,
    Map<String, Long> refusedByGuard,
    long reportedLinks,
    Map<String, Long> millis) {
  public LinkStats {
    pairsPerRule = Map.copyOf(pairsPerRule);
    refusedByGuard = Map.copyOf(refusedByGuard);
    millis = Map.copyOf(millis);
  }
}
