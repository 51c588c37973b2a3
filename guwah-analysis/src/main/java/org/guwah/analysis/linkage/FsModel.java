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
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.max(p[i] / sum, MIN_PROBABILITY);
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
    b.append(String.format(Locale.ROOT, "lambda\t%.10g%n", lambda));
    b.append("field\tlevel\tm\tu\tweight\n");
    for (Field f : Field.values()) {
      for (int l = 0; l < f.levelCount(); l++) {
        b.append(
            String.format(
                Locale.ROOT, "%s\t%s\t%.10g\t%.10g\t%.3f%n", f, f.levelName(l), m(f, l), u(f, l),
                weight(f, l)));
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
