package org.guwah.analysis.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guarded clustering. Known clusters and reviewer-confirmed pairs are joined first; then candidate
 * pairs at or above the threshold are taken from the most to the least probable (best link
 * first) and join their two clusters unless a guard refuses:
 *
 * <ul>
 *   <li>{@code valid_id_conflict}: the clusters hold two different valid resident IDs;
 *   <li>{@code sex_conflict}: they hold both sexes;
 *   <li>{@code birth_year_conflict}: their birth years would span more than two years;
 *   <li>{@code known_cluster_conflict}: they belong to two different known persons;
 *   <li>{@code rejected_by_reviewer}: a reviewer rejected a pair across them;
 *   <li>{@code weak_cross_pair}: some pair of records across them is below the cohesion
 *       probability (checked on every pair, compared on the spot, when either cluster has more than
 *       one record) — this stops a name-only record from chaining two namesakes.
 * </ul>
 *
 * <p>Every guard only grows stricter as clusters grow, so a refused pair never ends up in one
 * cluster later. Deterministic; single-threaded.
 */
public final class Clusterer {
  /** Outcome codes (high nibble of {@link #outcome}). */
  public static final int NONE = 0;

  public static final int LINKED = 1;
  public static final int SAME = 2;
  public static final int BLOCKED = 3;
  public static final int LINKED_BY_CLUSTER = 4;

  /** Passes over the pairs below the threshold that compare whole clusters. */
  private static final int CLUSTER_PASSES = 2;

  /**
   * How far below the threshold (in bits) a pair may lie for its clusters' profiles to be
   * compared: filling in a field the pair lacks rarely adds more.
   */
  private static final double PROFILE_REACH = 10;

  /** Guard reasons (low nibble), indexed by code. */
  public static final List<String> GUARDS =
      List.of(
          "", "valid_id_conflict", "sex_conflict", "birth_year_conflict", "known_cluster_conflict",
          "rejected_by_reviewer", "weak_cross_pair", "birth_date_conflict");

  private static final int MAX_CROSS_PAIRS = 4096;
  private static final int SAMPLE_MEMBERS = 64;

  /** Scores arbitrary pairs of records. */
  public interface PairScorer {
    /** Log-odds of the pair, prior included. */
    double logOdds(int a, int b);

    /** The weight of each field for the pair (name including its frequency adjustment). */
    void fieldWeights(int a, int b, double[] out);

    /** The prior weight. */
    double prior();
  }

  private final Prepared p;
  private final int[] parent;
  private final int[] size;
  private final int[] next;
  private final long[] clusterId;
  private final byte[] clusterSex;
  private final short[] minYear;
  private final short[] maxYear;
  private final int[] clusterKnown;
  /** Up to two distinct full birth dates per cluster (0 = none). */
  private final int[] date1;
  private final int[] date2;
  private final Map<Integer, int[]> rejectedPartners = new HashMap<>();
  private final Map<Integer, List<Integer>> rejectingMembers = new HashMap<>();
  /** Outcome of each candidate pair ({@code outcome << 4 | guard}). */
  public final byte[] outcome;
  /** Merges refused per guard code. */
  public final long[] refused = new long[GUARDS.size()];
  /** Joins made by candidate pairs. */
  public long joins;

  private Clusterer(Prepared p, int pairs) {
    this.p = p;
    int n = p.n;
    parent = new int[n];
    size = new int[n];
    next = new int[n];
    clusterId = new long[n];
    clusterSex = new byte[n];
    minYear = new short[n];
    maxYear = new short[n];
    clusterKnown = new int[n];
    date1 = new int[n];
    date2 = new int[n];
    outcome = new byte[pairs];
    for (int r = 0; r < n; r++) {
      parent[r] = r;
      size[r] = 1;
      next[r] = r;
      clusterId[r] = p.idCertain[r] ? p.idDigits[r] : -1;
      clusterSex[r] = p.sex[r];
      minYear[r] = (short) p.year(r);
      maxYear[r] = (short) p.year(r);
      clusterKnown[r] = p.known[r];
      date1[r] = BirthDates.isFull(p.birth[r]) ? p.birth[r] : 0;
    }
  }

  /**
   * Clusters the records.
   *
   * @param pairs sorted candidate pairs ({@code a << 32 | b})
   * @param logOdds log2 odds of each pair
   * @param threshold least log-odds for a pair to link
   * @param cohesion least log-odds (prior included) of any pair across two clusters that merge
   * @param confirmed reviewer-confirmed pairs (canonical indices)
   * @param rejected reviewer-rejected pairs
   */
  public static Clusterer run(
      Prepared p,
      long[] pairs,
      int pairCount,
      float[] logOdds,
      double threshold,
      double cohesion,
      List<int[]> confirmed,
      List<int[]> rejected,
      PairScorer scorer) {
    Clusterer c = new Clusterer(p, pairCount);
    c.rejections(rejected);
    c.knownClusters();
    for (int[] pair : confirmed) {
      c.force(pair[0], pair[1]);
    }
    c.edges(pairs, pairCount, logOdds, threshold, cohesion, scorer);
    c.clusterPasses(pairs, pairCount, logOdds, threshold, cohesion, scorer);
    return c;
  }

  /** The cluster representative of record {@code r}. */
  public int find(int r) {
    int root = r;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[r] != root) {
      int up = parent[r];
      parent[r] = root;
      r = up;
    }
    return root;
  }

  /** The number of records in the cluster of {@code r}. */
  public int size(int r) {
    return size[find(r)];
  }

  /** The records of the cluster of {@code r}, starting at {@code r}. */
  public int[] members(int r) {
    int root = find(r);
    int[] out = new int[size[root]];
    int k = 0;
    int m = r;
    do {
      out[k++] = m;
      m = next[m];
    } while (m != r && k < out.length);
    return out;
  }

  private void rejections(List<int[]> rejected) {
    Map<Integer, List<Integer>> partners = new HashMap<>();
    for (int[] pair : rejected) {
      partners.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
      partners.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(pair[0]);
    }
    for (Map.Entry<Integer, List<Integer>> e : partners.entrySet()) {
      rejectedPartners.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
      List<Integer> self = new ArrayList<>();
      self.add(e.getKey());
      rejectingMembers.put(e.getKey(), self);
    }
  }

  private void knownClusters() {
    int[] first = new int[p.knownIds.length];
    Arrays.fill(first, -1);
    for (int r = 0; r < p.n; r++) {
      int k = p.known[r];
      if (k < 0) {
        continue;
      }
      if (first[k] < 0) {
        first[k] = r;
      } else {
        union(find(first[k]), find(r));
      }
    }
  }

  private void force(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (clusterKnown[ra] >= 0 && clusterKnown[rb] >= 0 && clusterKnown[ra] != clusterKnown[rb]) {
      return; // two decided persons: a confirmation of one pair does not merge them
    }
    union(ra, rb);
  }

  private void edges(
      long[] pairs, int count, float[] logOdds, double threshold, double cohesion, PairScorer scorer) {
    LongList order = new LongList(1024, false);
    for (int i = 0; i < count; i++) {
      if (logOdds[i] >= threshold) {
        order.add(((long) sortable(-logOdds[i]) << 32) | i);
      }
    }
    LongSort.sort(order.values, order.size);
    for (int k = 0; k < order.size; k++) {
      int i = (int) (order.values[k] & 0xFFFFFFFFL);
      int a = (int) (pairs[i] >>> 32);
      int b = (int) pairs[i];
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        outcome[i] = (byte) (SAME << 4);
        continue;
      }
      int guard = guard(ra, rb);
      if (guard == 0 && (size[ra] > 1 || size[rb] > 1) && !cohesive(ra, rb, cohesion, scorer)) {
        guard = 6;
      }
      if (guard != 0) {
        outcome[i] = (byte) (BLOCKED << 4 | guard);
        refused[guard]++;
        continue;
      }
      union(ra, rb);
      joins++;
      outcome[i] = (byte) (LINKED << 4);
    }
  }

  /**
   * Pairs below the threshold whose records lie in different clusters, at least one of which has
   * several records: the clusters join when the best weight per field over all their cross pairs
   * (a comparison of the two persons' profiles) reaches the threshold and every guard passes.
   */
  private void clusterPasses(
      long[] pairs, int count, float[] logOdds, double threshold, double cohesion, PairScorer scorer) {
    LongList order = new LongList(1024, false);
    for (int i = 0; i < count; i++) {
      if (logOdds[i] < threshold && logOdds[i] >= Math.max(cohesion, threshold - PROFILE_REACH)) {
        order.add(((long) sortable(-logOdds[i]) << 32) | i);
      }
    }
    LongSort.sort(order.values, order.size);
    double[] weights = new double[org.guwah.analysis.linkage.Field.values().length];
    double[] best = new double[weights.length];
    for (int pass = 0; pass < CLUSTER_PASSES; pass++) {
      boolean changed = false;
      for (int k = 0; k < order.size; k++) {
        int i = (int) (order.values[k] & 0xFFFFFFFFL);
        int a = (int) (pairs[i] >>> 32);
        int b = (int) pairs[i];
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || (size[ra] == 1 && size[rb] == 1) || guard(ra, rb) != 0) {
          continue;
        }
        if (profileLogOdds(ra, rb, scorer, weights, best) < threshold
            || !cohesive(ra, rb, cohesion, scorer)) {
          continue;
        }
        union(ra, rb);
        joins++;
        outcome[i] = (byte) (LINKED_BY_CLUSTER << 4);
        changed = true;
      }
      if (!changed) {
        break;
      }
    }
  }

  private double profileLogOdds(int ra, int rb, PairScorer scorer, double[] weights, double[] best) {
    int[] xa = members(ra);
    int[] xb = members(rb);
    if ((long) xa.length * xb.length > MAX_CROSS_PAIRS) {
      xa = sample(xa);
      xb = sample(xb);
    }
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int a : xa) {
      for (int b : xb) {
        scorer.fieldWeights(a, b, weights);
        for (int f = 0; f < weights.length; f++) {
          best[f] = Math.max(best[f], weights[f]);
        }
      }
    }
    double lo = scorer.prior();
    for (double w : best) {
      lo += w;
    }
    return lo;
  }

  /** An int whose signed order is the order of {@code v}. */
  private static int sortable(float v) {
    int bits = Float.floatToIntBits(v);
    return bits ^ ((bits >> 31) & 0x7FFFFFFF);
  }

  private int guard(int ra, int rb) {
    if (clusterId[ra] >= 0 && clusterId[rb] >= 0 && clusterId[ra] != clusterId[rb]) {
      return 1;
    }
    if (clusterSex[ra] != 0 && clusterSex[rb] != 0 && clusterSex[ra] != clusterSex[rb]) {
      return 2;
    }
    if (minYear[ra] != 0 && minYear[rb] != 0) {
      int lo = Math.min(minYear[ra], minYear[rb]);
      int hi = Math.max(maxYear[ra], maxYear[rb]);
      if (hi - lo > 2) {
        return 3;
      }
    }
    if (clusterKnown[ra] >= 0 && clusterKnown[rb] >= 0 && clusterKnown[ra] != clusterKnown[rb]) {
      return 4;
    }
    if (rejectedAcross(ra, rb)) {
      return 5;
    }
    if (datesConflict(ra, rb)) {
      return 7;
    }
    return 0;
  }

  private boolean datesConflict(int ra, int rb) {
    int[] x = {date1[ra], date2[ra]};
    int[] y = {date1[rb], date2[rb]};
    for (int dx : x) {
      for (int dy : y) {
        if (dx != 0 && dy != 0 && Comparison.datesConflict(dx, dy)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean rejectedAcross(int ra, int rb) {
    List<Integer> ma = rejectingMembers.get(ra);
    List<Integer> mb = rejectingMembers.get(rb);
    if (ma == null || mb == null) {
      return false;
    }
    List<Integer> smaller = ma.size() <= mb.size() ? ma : mb;
    int other = ma.size() <= mb.size() ? rb : ra;
    for (int r : smaller) {
      for (int partner : rejectedPartners.get(r)) {
        if (find(partner) == other) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean cohesive(int ra, int rb, double cohesion, PairScorer scorer) {
    int[] xa = members(ra);
    int[] xb = members(rb);
    if ((long) xa.length * xb.length > MAX_CROSS_PAIRS) {
      xa = sample(xa);
      xb = sample(xb);
    }
    for (int a : xa) {
      for (int b : xb) {
        if (scorer.logOdds(a, b) < cohesion) {
          return false;
        }
      }
    }
    return true;
  }

  private static int[] sample(int[] members) {
    if (members.length <= SAMPLE_MEMBERS) {
      return members;
    }
    int[] sorted = members.clone();
    Arrays.sort(sorted);
    return Arrays.copyOf(sorted, SAMPLE_MEMBERS);
  }

  private void union(int ra, int rb) {
    int big = size[ra] >= size[rb] ? ra : rb;
    int small = big == ra ? rb : ra;
    parent[small] = big;
    size[big] += size[small];
    int t = next[big];
    next[big] = next[small];
    next[small] = t;
    if (clusterId[big] < 0) {
      clusterId[big] = clusterId[small];
    }
    if (clusterSex[big] == 0) {
      clusterSex[big] = clusterSex[small];
    }
    if (minYear[big] == 0) {
      minYear[big] = minYear[small];
      maxYear[big] = maxYear[small];
    } else if (minYear[small] != 0) {
      minYear[big] = (short) Math.min(minYear[big], minYear[small]);
      maxYear[big] = (short) Math.max(maxYear[big], maxYear[small]);
    }
    if (clusterKnown[big] < 0) {
      clusterKnown[big] = clusterKnown[small];
    }
    for (int d : new int[] {date1[small], date2[small]}) {
      if (d != 0 && d != date1[big] && d != date2[big]) {
        if (date1[big] == 0) {
          date1[big] = d;
        } else if (date2[big] == 0) {
          date2[big] = d;
        }
      }
    }
    List<Integer> rs = rejectingMembers.remove(small);
    if (rs != null) {
      rejectingMembers.computeIfAbsent(big, k -> new ArrayList<>()).addAll(rs);
    }
  }
}
