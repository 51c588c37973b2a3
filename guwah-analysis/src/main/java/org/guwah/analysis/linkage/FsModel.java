package org.guwah.analysis.linkage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Fellegi–Sunter model: the prior match proportion λ among candidate pairs and, for every
 * {@link Field} level, m = P(level | match) and u = P(level | non-match). The weight of a level is
 * log2(m/u), clamped to ±{@value #MAX_WEIGHT} bits.
 *
 * <p>Learned by {@link Linker#link} with EM; a model can be written with {@link #toTsv()}, kept,
 * and passed back through {@link LinkOptions.Builder#model} so that later runs (e.g. each imported
 * list) score pairs with the same weights. Immutable and thread-safe; holds no record data.
 */
public final class FsModel {
  /** Largest absolute weight of one level, in bits. */
  public static final double MAX_WEIGHT = 16.0;

  private static final double MIN_PROBABILITY = 1e-9;

  private final double lambda;
  private final double[][] m;
  private final double[][] u;

  private FsModel(double lambda, double[][] m, double[][] u) {
    if (!(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("lambda must lie in (0, 1)");
    }
    Field[] fields = Field.values();
    if (m.length != fields.length || u.length != fields.length) {
      throw new IllegalArgumentException("one row of m and u per field");
    }
    this.lambda = lambda;
    this.m = new double[fields.length][];
    this.u = new double[fields.length][];
    for (Field f : fields) {
      this.m[f.ordinal()] = normalised(m[f.ordinal()], f, "m");
      this.u[f.ordinal()] = normalised(u[f.ordinal()], f, "u");
    }
  }

  private static double[] normalised(double[] p, Field f, String what) {
    if (p.length != f.levelCount()) {
      throw new IllegalArgumentException(what + " of " + f + " needs " + f.levelCount() + " levels");
    }
    double sum = 0;
    for (double v : p) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(what + " of " + f + " must be non-negative numbers");
      }
      sum += v;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(what + " of " + f + " must not be all zero");
    }
    double[] out = new double[p.length];
    boolean normalised = Math.abs(sum - 1) < 1e-9; // as read back from toTsv(): keep exactly
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.max(normalised ? p[i] : p[i] / sum, MIN_PROBABILITY);
    }
    return out;
  }

  /**
   * A model from λ and per-field level probabilities (each row is normalised to sum to 1).
   *
   * @param lambda prior match proportion among candidate pairs, in (0, 1)
   * @param m {@code m[field.ordinal()][level]}
   * @param u {@code u[field.ordinal()][level]}
   * @throws IllegalArgumentException if a row has the wrong length or is not a distribution
   */
  public static FsModel of(double lambda, double[][] m, double[][] u) {
    return new FsModel(lambda, m, u);
  }

  /**
   * Weights for lists too small to learn from ({@link Linker} uses them below {@value
   * Linker#MIN_RECORDS_TO_LEARN} records unless a model is given): m favours agreement as a
   * person's records do across scripts and sources; u is what two records of different people
   * share by chance in a population with many namesakes (the same name one pair in 5,000, the same
   * birth date one in 7,000, the same county one in 50, the same ID almost never). λ is the prior
   * over all pairs of {@code records} records, assuming about one other record per person.
   *
   * @throws IllegalArgumentException if {@code records} is below 2
   */
  public static FsModel defaults(int records) {
    if (records < 2) {
      throw new IllegalArgumentException("a model needs at least two records");
    }
    double[][] m = {
      {0.35, 0.30, 0.17, 0.10, 0.06, 0.02},
      {0.35, 0.02, 0.45, 0.15, 0.005, 0.025},
      {0.995, 0.005},
      {0.75, 0.24, 0.005, 0.005},
      {0.75, 0.12, 0.10, 0.03},
    };
    double[][] u = {
      {0.0001, 0.0001, 0.0002, 0.003, 0.01, 0.9866},
      {0.00014, 0.0005, 0.012, 0.033, 0.006, 0.94836},
      {0.5, 0.5},
      {0.02, 0.13, 0.0001, 0.8499},
      {1e-7, 1e-7, 1e-6, 0.9999988},
    };
    return new FsModel(Math.min(0.5, 1.0 / (records - 1)), m, u);
  }

  /** The prior match proportion among candidate pairs. */
  public double lambda() {
    return lambda;
  }

  /** log2(λ / (1 − λ)): the weight every pair starts from. */
  public double priorWeight() {
    return log2(lambda / (1 - lambda));
  }

  /** P(level | match). */
  public double m(Field field, int level) {
    return m[field.ordinal()][level];
  }

  /** P(level | non-match). */
  public double u(Field field, int level) {
    return u[field.ordinal()][level];
  }

  /** log2(m/u) clamped to ±{@value #MAX_WEIGHT}; 0 for {@link Field#MISSING}. */
  public double weight(Field field, int level) {
    if (level == Field.MISSING) {
      return 0;
    }
    double w = log2(m[field.ordinal()][level] / u[field.ordinal()][level]);
    return Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, w));
  }

  /** A copy of m for {@code field}. */
  public double[] mRow(Field field) {
    return m[field.ordinal()].clone();
  }

  /** A copy of u for {@code field}. */
  public double[] uRow(Field field) {
    return u[field.ordinal()].clone();
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /**
   * Tab-separated text: a {@code lambda} line, then {@code field level m u weight} per level.
   * {@link #parse} reads it back.
   */
  public String toTsv() {
    StringBuilder b = new StringBuilder("# guwah linkage model v1\n");
    b.append("lambda\t").append(lambda).append('\n');
    b.append("field\tlevel\tm\tu\tweight\n");
    for (Field f : Field.values()) {
      for (int l = 0; l < f.levelCount(); l++) {
        b.append(f).append('\t').append(f.levelName(l)).append('\t').append(m(f, l)).append('\t')
            .append(u(f, l)).append('\t').append(String.format(Locale.ROOT, "%.3f", weight(f, l)))
            .append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Reads {@link #toTsv()} output (the weight column is ignored).
   *
   * @throws IllegalArgumentException if the text is not a complete model; the message names the
   *     line
   */
  public static FsModel parse(String tsv) {
    Objects.requireNonNull(tsv, "tsv");
    double lambda = Double.NaN;
    double[][] m = new double[Field.values().length][];
    double[][] u = new double[Field.values().length][];
    for (Field f : Field.values()) {
      m[f.ordinal()] = new double[f.levelCount()];
      u[f.ordinal()] = new double[f.levelCount()];
      Arrays.fill(m[f.ordinal()], Double.NaN);
      Arrays.fill(u[f.ordinal()], Double.NaN);
    }
    String[] lines = tsv.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("field\t")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      try {
        if (c[0].equals("lambda") && c.length == 2) {
          lambda = Double.parseDouble(c[1]);
        } else if (c.length >= 4) {
          Field f = Field.valueOf(c[0]);
          int level = f.level(c[1]);
          m[f.ordinal()][level] = Double.parseDouble(c[2]);
          u[f.ordinal()][level] = Double.parseDouble(c[3]);
        } else {
          throw new IllegalArgumentException("model line " + (i + 1) + " is not field, level, m, u");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("model line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (Double.isNaN(lambda)) {
      throw new IllegalArgumentException("the model has no lambda line");
    }
    for (Field f : Field.values()) {
      for (int l = 0; l < f.levelCount(); l++) {
        if (Double.isNaN(m[f.ordinal()][l]) || Double.isNaN(u[f.ordinal()][l])) {
          throw new IllegalArgumentException("the model has no line for " + f + " " + f.levelName(l));
        }
      }
    }
    return new FsModel(lambda, m, u);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FsModel
        && lambda == ((FsModel) o).lambda
        && Arrays.deepEquals(m, ((FsModel) o).m)
        && Arrays.deepEquals(u, ((FsModel) o).u);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lambda, Arrays.deepHashCode(m), Arrays.deepHashCode(u));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FsModel[lambda=%.5f]", lambda);
  }
}
