package org.guwah.analysis.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.guwah.analysis.linkage.Field;
import org.guwah.analysis.linkage.FsModel;
import org.guwah.analysis.linkage.LinkOptions;
import org.guwah.analysis.linkage.LinkProgress;
import org.guwah.analysis.linkage.LinkRecord;
import org.guwah.analysis.linkage.LinkStats;
import org.guwah.analysis.linkage.ReviewDecision;

/**
 * One linkage run: prepare, block, compare, learn weights, cluster. Keeps what it needs to
 * explain links afterwards. Used through {@link org.guwah.analysis.linkage.Linker}.
 */
public final class Engine {
  private static final int PAIR_CHUNK = 1 << 16;
  /** Largest term-frequency adjustment of a name weight, in bits. */
  public static final double TF_MAX = 5.0;

  public final Prepared prepared;
  public final FsModel model;
  public final long[] pairs;
  public final int pairCount;
  public final float[] logOdds;
  /** Comparison pattern of each candidate pair. */
  private final int[] patterns;
  public final Clusterer clusters;
  /** Link i: records {@code linkA[i]}, {@code linkB[i]}; {@code linkPair[i]} its candidate index or -1. */
  public final int[] linkA;
  public final int[] linkB;
  public final int[] linkPair;
  /** Reviewer verdict per link: 0 none, 1 confirmed, 2 rejected. */
  public final byte[] linkVerdict;
  public final float[] linkLogOdds;
  public final LinkStats stats;
  private final boolean termFrequency;
  private final double tfReference;

  private Engine(List<LinkRecord> records, LinkOptions options) {
    Map<String, Long> millis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    LinkProgress progress = options.progress();
    try (Parallel parallel = new Parallel(options.parallelism())) {
      progress.update("preparing", 0, records.size());
      prepared = Prepared.of(records, options.today(), parallel);
      progress.update("preparing", records.size(), records.size());
      long t1 = System.nanoTime();
      millis.put("prepare", (t1 - t0) / 1_000_000);
      Blocking.Result blocks =
          Blocking.pairs(prepared, options.blockLimit(), options.window(), parallel);
      pairs = blocks.pairs;
      pairCount = blocks.size;
      long t2 = System.nanoTime();
      millis.put("block", (t2 - t1) / 1_000_000);
      progress.update("blocking", 1, 1);
      int[] patterns = new int[pairCount];
      long[] histogram = patterns(parallel, patterns, progress);
      List<int[]> confirmed = new ArrayList<>();
      List<int[]> rejected = new ArrayList<>();
      decisions(options.decisions(), confirmed, rejected);
      long[] confirmedHistogram = new long[Comparison.PATTERNS];
      long[] rejectedHistogram = new long[Comparison.PATTERNS];
      Comparison single = new Comparison(prepared);
      for (int[] d : confirmed) {
        confirmedHistogram[single.pattern(d[0], d[1])]++;
      }
      for (int[] d : rejected) {
        rejectedHistogram[single.pattern(d[0], d[1])]++;
      }
      long t3 = System.nanoTime();
      millis.put("compare", (t3 - t2) / 1_000_000);
      int iterations = 0;
      boolean converged = true;
      boolean uFixed = false;
      FsModel given = options.model();
      if (given != null) {
        model = given;
      } else {
        long[] random = randomPatterns(options.randomPairs(), options.seed(), single);
        double allPairs = (double) prepared.n * (prepared.n - 1) / 2;
        Em.Fit fit =
            Em.fit(
                histogram, random, allPairs, confirmedHistogram, rejectedHistogram,
                options.maxIterations());
        model = fit.model;
        iterations = fit.iterations;
        converged = fit.converged;
        uFixed = fit.uFixed;
      }
      termFrequency = options.termFrequency();
      tfReference = termFrequency ? tfReference() : 0;
      logOdds = new float[pairCount];
      scores(patterns, parallel);
      this.patterns = patterns;
      long t4 = System.nanoTime();
      millis.put("em", (t4 - t3) / 1_000_000);
      progress.update("learning", 1, 1);
      double threshold = logit(options.threshold());
      double cohesion = model.priorWeight() + options.cohesion();
      Comparison scorer = new Comparison(prepared);
      clusters =
          Clusterer.run(
              prepared, pairs, pairCount, logOdds, threshold, cohesion, confirmed, rejected,
              new Clusterer.PairScorer() {
                @Override
                public double logOdds(int a, int b) {
                  int i = pairIndex(a, b);
                  return i >= 0 ? logOdds[i] : Engine.this.logOdds(scorer, a, b);
                }

                @Override
                public void fieldWeights(int a, int b, double[] out) {
                  int i = pairIndex(a, b);
                  weightsOf(i >= 0 ? patterns[i] : scorer.pattern(a, b), a, b, out);
                }

                @Override
                public double prior() {
                  return model.priorWeight();
                }
              });
      long aboveThreshold = 0;
      for (int i = 0; i < pairCount; i++) {
        if (logOdds[i] >= threshold) {
          aboveThreshold++;
        }
      }
      // links: candidate pairs above the report threshold, and every decided pair
      double report = Math.min(logit(options.reportThreshold()), threshold);
      Map<Long, Byte> verdicts = new LinkedHashMap<>();
      for (int[] d : confirmed) {
        verdicts.put(pairKey(d[0], d[1]), (byte) 1);
      }
      for (int[] d : rejected) {
        verdicts.put(pairKey(d[0], d[1]), (byte) 2);
      }
      LongList kept = new LongList(1024, false);
      for (int i = 0; i < pairCount; i++) {
        if (logOdds[i] >= report || verdicts.containsKey(pairs[i])) {
          kept.add(i);
        }
      }
      List<Long> extra = new ArrayList<>();
      for (long key : verdicts.keySet()) {
        if (Arrays.binarySearch(pairs, 0, pairCount, key) < 0) {
          extra.add(key);
        }
      }
      extra.sort(null);
      int links = kept.size() + extra.size();
      linkA = new int[links];
      linkB = new int[links];
      linkPair = new int[links];
      linkVerdict = new byte[links];
      linkLogOdds = new float[links];
      for (int k = 0; k < kept.size(); k++) {
        int i = (int) kept.get(k);
        set(k, pairs[i], i, logOdds[i], verdicts);
      }
      for (int k = 0; k < extra.size(); k++) {
        long key = extra.get(k);
        int a = (int) (key >>> 32);
        int b = (int) key;
        set(kept.size() + k, key, -1, (float) logOdds(scorer, a, b), verdicts);
      }
      long t5 = System.nanoTime();
      millis.put("cluster", (t5 - t4) / 1_000_000);
      progress.update("clustering", 1, 1);
      long clusterCount = 0;
      long multi = 0;
      for (int r = 0; r < prepared.n; r++) {
        if (clusters.find(r) == r) {
          clusterCount++;
          if (clusters.size(r) > 1) {
            multi++;
          }
        }
      }
      Map<String, Long> perRule = new LinkedHashMap<>();
      for (int r = 0; r < Blocking.RULES.size(); r++) {
        perRule.put(Blocking.RULES.get(r), blocks.perRule[r]);
      }
      Map<String, Long> refused = new LinkedHashMap<>();
      for (int g = 1; g < Clusterer.GUARDS.size(); g++) {
        refused.put(Clusterer.GUARDS.get(g), clusters.refused[g]);
      }
      stats =
          new LinkStats(
              prepared.n, prepared.unreadableNames, prepared.nameOnly, prepared.unresolvedPlaces,
              prepared.unusableIds, prepared.unreadableSex, pairCount, perRule,
              blocks.windowedBlocks, blocks.largestBlock, iterations, converged, uFixed,
              model.lambda(), clusterCount, multi, aboveThreshold, clusters.joins, refused, links,
              millis);
    }
  }

  /**
   * Runs the linkage.
   *
   * @throws org.guwah.analysis.linkage.DuplicateRecordIdException if two records share an id
   */
  public static Engine run(List<LinkRecord> records, LinkOptions options) {
    return new Engine(records, options);
  }

  private void set(int k, long key, int pairIndex, float lo, Map<Long, Byte> verdicts) {
    linkA[k] = (int) (key >>> 32);
    linkB[k] = (int) key;
    linkPair[k] = pairIndex;
    linkLogOdds[k] = lo;
    Byte v = verdicts.get(key);
    linkVerdict[k] = v == null ? 0 : v;
  }

  private static long pairKey(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** log2(p / (1 - p)). */
  public static double logit(double p) {
    return Math.log(p / (1 - p)) / Math.log(2);
  }

  /**
   * Compares every candidate pair. Pairs are visited in the order of their two names, so that all
   * pairs of one pair of names (namesakes, one person in several lists) follow each other and the
   * name comparison, by far the dearest, is computed once for them.
   */
  private long[] patterns(Parallel parallel, int[] patterns, LinkProgress progress) {
    long[] byName = new long[pairCount];
    int[] order = new int[pairCount];
    for (int i = 0; i < pairCount; i++) {
      int na = prepared.nameId[(int) (pairs[i] >>> 32)];
      int nb = prepared.nameId[(int) pairs[i]];
      long lo = Math.min(na, nb) + 1L;
      long hi = Math.max(na, nb) + 1L;
      byName[i] = (lo << 32) | hi;
      order[i] = i;
    }
    LongSort.sort(byName, order, pairCount);
    byName = null;
    int chunks = Parallel.chunks(pairCount, PAIR_CHUNK);
    long[][] partial = new long[chunks][];
    // one comparator (and its memo of name parts) per worker thread, for this run only
    ThreadLocal<Comparison> comparators = ThreadLocal.withInitial(() -> new Comparison(prepared));
    java.util.concurrent.atomic.AtomicLong compared = new java.util.concurrent.atomic.AtomicLong();
    parallel.run(
        chunks,
        c -> {
          Comparison cmp = comparators.get();
          long[] h = new long[Comparison.PATTERNS];
          int to = Math.min(pairCount, (c + 1) * PAIR_CHUNK);
          for (int k = c * PAIR_CHUNK; k < to; k++) {
            int i = order[k];
            int pattern = cmp.pattern((int) (pairs[i] >>> 32), (int) pairs[i]);
            patterns[i] = pattern;
            h[pattern]++;
          }
          partial[c] = h;
          progress.update("comparing", compared.addAndGet(to - c * PAIR_CHUNK), pairCount);
        });
    comparators.remove(); // the caller's thread, when the run is single-threaded
    long[] histogram = new long[Comparison.PATTERNS];
    for (long[] h : partial) {
      for (int i = 0; i < h.length; i++) {
        histogram[i] += h[i];
      }
    }
    return histogram;
  }

  private long[] randomPatterns(int count, long seed, Comparison cmp) {
    long[] histogram = new long[Comparison.PATTERNS];
    int n = prepared.n;
    if (n < 2) {
      return histogram;
    }
    SplittableRandom random = new SplittableRandom(seed);
    long all = (long) n * (n - 1) / 2;
    if (all - pairCount < count) {
      // a small list: every pair that was not compared, instead of a sample
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (Arrays.binarySearch(pairs, 0, pairCount, ((long) a << 32) | b) < 0) {
            histogram[cmp.pattern(a, b)]++;
          }
        }
      }
      return histogram;
    }
    for (int i = 0; i < count; i++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n - 1);
      if (b >= a) {
        b++;
      }
      long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
      if (Arrays.binarySearch(pairs, 0, pairCount, key) >= 0) {
        i--; // the sample stands for the pairs not compared: draw again
        continue;
      }
      histogram[cmp.pattern(a, b)]++;
    }
    return histogram;
  }

  private void decisions(List<ReviewDecision> decisions, List<int[]> confirmed, List<int[]> rejected) {
    for (ReviewDecision d : decisions) {
      int a = Arrays.binarySearch(prepared.ids, d.recordA());
      int b = Arrays.binarySearch(prepared.ids, d.recordB());
      if (a < 0 || b < 0) {
        continue;
      }
      int[] pair = {Math.min(a, b), Math.max(a, b)};
      (d.verdict() == ReviewDecision.Verdict.CONFIRMED ? confirmed : rejected).add(pair);
    }
  }

  /** Frequency (log2) of the commoner of two records' name groups. */
  private double log2Frequency(int a, int b) {
    int na = prepared.nameId[a];
    int nb = prepared.nameId[b];
    int ca = prepared.groupCount[prepared.nameGroup[na]];
    int cb = prepared.groupCount[prepared.nameGroup[nb]];
    return Math.log((double) Math.max(ca, cb) / prepared.n) / Math.log(2);
  }

  private static boolean tfLevel(int nameLevel) {
    return nameLevel >= 0 && nameLevel <= 2;
  }

  /**
   * log2 of the probability that two random records share a name group (Σ f²): the reference
   * against which one group's frequency is weighed (Splink's term-frequency adjustment).
   */
  private double tfReference() {
    double sum = 0;
    double n = prepared.n;
    for (int count : prepared.groupCount) {
      sum += (count / n) * (count / n);
    }
    return sum > 0 ? Math.log(sum) / Math.log(2) : 0;
  }

  /** The term-frequency adjustment of a pair with this name level, in bits. */
  public double tfAdjustment(int a, int b, int nameLevel) {
    if (!termFrequency || !tfLevel(nameLevel)) {
      return 0;
    }
    double adj = tfReference - log2Frequency(a, b);
    return Math.max(-TF_MAX, Math.min(TF_MAX, adj));
  }

  private void scores(int[] patterns, Parallel parallel) {
    double[] base = new double[Comparison.PATTERNS];
    for (int pattern = 0; pattern < base.length; pattern++) {
      double lo = model.priorWeight();
      for (Field f : Field.values()) {
        lo += model.weight(f, Comparison.level(pattern, f));
      }
      base[pattern] = lo;
    }
    int chunks = Parallel.chunks(pairCount, PAIR_CHUNK);
    parallel.run(
        chunks,
        c -> {
          int to = Math.min(pairCount, (c + 1) * PAIR_CHUNK);
          for (int i = c * PAIR_CHUNK; i < to; i++) {
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            int pattern = patterns[i];
            logOdds[i] =
                (float) (base[pattern] + tfAdjustment(a, b, Comparison.level(pattern, Field.NAME)));
          }
        });
  }

  /** The index of a candidate pair, or -1. */
  int pairIndex(int a, int b) {
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    int i = Arrays.binarySearch(pairs, 0, pairCount, key);
    return i >= 0 ? i : -1;
  }

  /** Field weights of any two records (compared now); the name's includes its frequency adjustment. */
  public void fieldWeights(Comparison cmp, int a, int b, double[] out) {
    weightsOf(cmp.pattern(a, b), a, b, out);
  }

  private void weightsOf(int pattern, int a, int b, double[] out) {
    for (Field f : Field.values()) {
      out[f.ordinal()] = model.weight(f, Comparison.level(pattern, f));
    }
    out[Field.NAME.ordinal()] += tfAdjustment(a, b, Comparison.level(pattern, Field.NAME));
  }

  /** Log-odds of any two records (compared now). */
  public double logOdds(Comparison cmp, int a, int b) {
    int pattern = cmp.pattern(a, b);
    double lo = model.priorWeight();
    for (Field f : Field.values()) {
      lo += model.weight(f, Comparison.level(pattern, f));
    }
    return lo + tfAdjustment(a, b, Comparison.level(pattern, Field.NAME));
  }
}
