package org.guwah.analysis.linkage.internal;

import java.util.Arrays;
import org.guwah.analysis.linkage.Field;
import org.guwah.analysis.linkage.FsModel;

/**
 * Expectation–maximisation for the Fellegi–Sunter model over <em>all</em> pairs of records, as in
 * fastLink, computed on a histogram of comparison patterns (the E step needs one posterior per
 * distinct pattern, so 50 million candidate pairs cost a few thousand cells per iteration).
 *
 * <p>Blocking compares only candidate pairs; the other pairs are, by the blocking assumption, all
 * non-matches, and their patterns follow the distribution of random pairs. The histogram EM runs
 * on is therefore: the candidates' patterns, plus the random-pair patterns scaled to the number of
 * pairs not compared. Fitting the mixture on the candidates alone would be biased: blocking on
 * names and birth years makes the non-matches among candidates agree on names and years (namesakes),
 * so EM would learn that such agreement means little. λ is then the prior over all pairs (about one
 * match per record over n²/2 pairs), and posteriors need evidence that grows with the list size,
 * as they should: the more records, the more namesakes.
 *
 * <p>Missing fields drop out of both products. Labelled pairs (reviewer decisions) enter with their
 * posterior fixed at 1 or 0. m starts from a prior favouring agreement, u from the random-pair
 * frequencies; a pseudo-count towards them keeps every weight finite. If EM ends with the best
 * level of name, birth date or ID less likely among matches than non-matches (label switching), it
 * is re-run with u held at the random-pair frequencies.
 *
 * <p>Deterministic; single-threaded (the histogram is small).
 */
public final class Em {
  private static final Field[] FIELDS = Field.values();
  private static final double PSEUDO = 1.0;
  private static final double TOLERANCE = 1e-9;

  /** m before EM: agreement levels likely among matches. */
  static final double[][] M_PRIOR = {
    {0.40, 0.25, 0.15, 0.10, 0.06, 0.04}, // NAME
    {0.40, 0.05, 0.30, 0.15, 0.05, 0.05}, // BIRTH
    {0.95, 0.05}, // SEX
    {0.60, 0.30, 0.02, 0.08}, // PLACE
    {0.80, 0.08, 0.08, 0.04}, // ID
  };

  /** The fitted model and how EM went. */
  public static final class Fit {
    public final FsModel model;
    public final int iterations;
    public final boolean converged;
    public final boolean uFixed;

    Fit(FsModel model, int iterations, boolean converged, boolean uFixed) {
      this.model = model;
      this.iterations = iterations;
      this.converged = converged;
      this.uFixed = uFixed;
    }
  }

  private Em() {}

  /**
   * Fits λ, m and u. Candidate pairs are split between the classes by their posterior; the pairs
   * not compared are non-matches by the blocking assumption (posterior fixed at 0) and inform u
   * only, through the random-pair histogram scaled to their number.
   *
   * @param candidates candidate pairs per pattern
   * @param random random pairs per pattern
   * @param allPairs number of pairs of records, n(n−1)/2
   * @param matches confirmed pairs per pattern
   * @param nonMatches rejected pairs per pattern
   * @param maxIterations iterations at most
   */
  public static Fit fit(
      long[] candidates,
      long[] random,
      double allPairs,
      long[] matches,
      long[] nonMatches,
      int maxIterations) {
    long candidateCount = Arrays.stream(candidates).sum();
    long randomCount = Arrays.stream(random).sum();
    double[] compared = new double[candidates.length];
    double[] others = new double[candidates.length];
    double scale = randomCount == 0 ? 0 : Math.max(0, allPairs - candidateCount) / randomCount;
    for (int p = 0; p < compared.length; p++) {
      compared[p] = candidates[p];
      others[p] = scale * random[p];
    }
    double total = Math.max(allPairs, candidateCount);
    double[][] u0 = levelFrequencies(randomCount > 0 ? random : candidates);
    double lambda0 = total > 0 ? Math.min(0.5, Math.max(1e-15, candidateCount * 0.2 / total)) : 0.1;
    Fit free = run(compared, others, total, matches, nonMatches, u0, lambda0, maxIterations, false);
    if (plausible(free.model)) {
      return free;
    }
    return run(compared, others, total, matches, nonMatches, u0, lambda0, maxIterations, true);
  }

  /** Level frequencies per field among the pairs of a histogram, smoothed. */
  static double[][] levelFrequencies(long[] histogram) {
    double[][] out = new double[FIELDS.length][];
    for (Field f : FIELDS) {
      double[] row = new double[f.levelCount()];
      Arrays.fill(row, 0.5);
      out[f.ordinal()] = row;
    }
    for (int pattern = 0; pattern < histogram.length; pattern++) {
      long c = histogram[pattern];
      if (c == 0) {
        continue;
      }
      for (Field f : FIELDS) {
        int l = Comparison.level(pattern, f);
        if (l != Field.MISSING) {
          out[f.ordinal()][l] += c;
        }
      }
    }
    for (double[] row : out) {
      normalise(row);
    }
    return out;
  }

  private static void normalise(double[] row) {
    double s = 0;
    for (double v : row) {
      s += v;
    }
    for (int i = 0; i < row.length; i++) {
      row[i] /= s;
    }
  }

  private static Fit run(
      double[] weights,
      double[] others,
      double total,
      long[] matches,
      long[] nonMatches,
      double[][] u0,
      double lambda0,
      int maxIterations,
      boolean fixU) {
    int[] used =
        java.util.stream.IntStream.range(0, weights.length)
            .filter(p -> weights[p] > 0 || others[p] > 0 || matches[p] > 0 || nonMatches[p] > 0)
            .toArray();
    int[][] levels = new int[weights.length][];
    for (int p : used) {
      levels[p] = new int[FIELDS.length];
      for (Field f : FIELDS) {
        levels[p][f.ordinal()] = Comparison.level(p, f);
      }
    }
    double[][] m = copy(M_PRIOR);
    double[][] u = copy(u0);
    double lambda = lambda0;
    if (Arrays.stream(weights).sum() == 0) {
      return new Fit(FsModel.of(lambda, m, u), 0, true, fixU);
    }
    int iteration = 0;
    boolean converged = false;
    while (iteration < maxIterations) {
      iteration++;
      double matchMass = 0;
      double[][] mNum = new double[FIELDS.length][];
      double[][] uNum = new double[FIELDS.length][];
      for (Field f : FIELDS) {
        mNum[f.ordinal()] = new double[f.levelCount()];
        uNum[f.ordinal()] = new double[f.levelCount()];
        for (int l = 0; l < f.levelCount(); l++) {
          mNum[f.ordinal()][l] = PSEUDO * M_PRIOR[f.ordinal()][l];
          uNum[f.ordinal()][l] = PSEUDO * u0[f.ordinal()][l];
        }
      }
      for (int p : used) {
        // in log space: λ is tiny and products of small u underflow nothing, but stay exact
        double lm = Math.log(lambda);
        double lu = Math.log1p(-lambda);
        for (Field f : FIELDS) {
          int l = levels[p][f.ordinal()];
          if (l != Field.MISSING) {
            lm += Math.log(m[f.ordinal()][l]);
            lu += Math.log(u[f.ordinal()][l]);
          }
        }
        double posterior = 1 / (1 + Math.exp(lu - lm));
        matchMass += weights[p] * posterior;
        double wm = weights[p] * posterior + matches[p];
        double wu = weights[p] * (1 - posterior) + others[p] + nonMatches[p];
        for (Field f : FIELDS) {
          int l = levels[p][f.ordinal()];
          if (l != Field.MISSING) {
            mNum[f.ordinal()][l] += wm;
            uNum[f.ordinal()][l] += wu;
          }
        }
      }
      double newLambda = clamp(matchMass / total);
      double change = Math.abs(Math.log(newLambda) - Math.log(lambda));
      for (Field f : FIELDS) {
        normalise(mNum[f.ordinal()]);
        normalise(uNum[f.ordinal()]);
        monotone(f, mNum[f.ordinal()]);
        for (int l = 0; l < f.levelCount(); l++) {
          change = Math.max(change, Math.abs(mNum[f.ordinal()][l] - m[f.ordinal()][l]));
          if (!fixU) {
            change = Math.max(change, Math.abs(uNum[f.ordinal()][l] - u[f.ordinal()][l]));
          }
        }
      }
      lambda = newLambda;
      m = mNum;
      if (!fixU) {
        u = uNum;
      }
      if (change < TOLERANCE) {
        converged = true;
        break;
      }
    }
    return new Fit(FsModel.of(lambda, m, u), iteration, converged, fixU);
  }

  /**
   * Among matches, closer agreement is at least as likely as looser agreement on a name, an ID
   * and a place (same county ≥ same prefecture ≥ different): m is made non-increasing over those
   * levels by pooling adjacent violators (isotonic regression). Without this, EM on all pairs can
   * settle on a spurious class — pairs of one sex with vaguely similar names, frequent because
   * names are gendered — instead of the matches. Birth levels are left free: a year-only record
   * makes "same year" commoner among matches than "same date".
   */
  static void monotone(Field f, double[] m) {
    switch (f) {
      case NAME, ID -> pool(m, allLevels(m.length));
      case PLACE -> pool(m, new int[] {0, 1, 3});
      default -> { }
    }
  }

  private static int[] allLevels(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  /** Pool-adjacent-violators over {@code m[order[0]] ≥ m[order[1]] ≥ ...} (equal weights). */
  private static void pool(double[] m, int[] order) {
    int k = order.length;
    double[] value = new double[k];
    int[] width = new int[k];
    int blocks = 0;
    for (int i = 0; i < k; i++) {
      value[blocks] = m[order[i]];
      width[blocks] = 1;
      blocks++;
      while (blocks > 1 && value[blocks - 2] < value[blocks - 1]) {
        double merged =
            (value[blocks - 2] * width[blocks - 2] + value[blocks - 1] * width[blocks - 1])
                / (width[blocks - 2] + width[blocks - 1]);
        width[blocks - 2] += width[blocks - 1];
        value[blocks - 2] = merged;
        blocks--;
      }
    }
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int j = 0; j < width[b]; j++) {
        m[order[i++]] = value[b];
      }
    }
  }

  /**
   * Whether the strongest agreement level of name, birth date and ID is more likely among matches
   * than non-matches (else the two classes have swapped).
   */
  static boolean plausible(FsModel model) {
    return model.m(Field.NAME, 0) > model.u(Field.NAME, 0)
        && model.m(Field.BIRTH, 0) > model.u(Field.BIRTH, 0)
        && model.m(Field.ID, 0) > model.u(Field.ID, 0);
  }

  private static double clamp(double lambda) {
    return Math.max(1e-15, Math.min(0.5, lambda));
  }

  private static double[][] copy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}
