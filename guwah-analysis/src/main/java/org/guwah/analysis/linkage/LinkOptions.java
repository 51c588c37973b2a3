package org.guwah.analysis.linkage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a linkage run. Build with {@link #builder()}; every setting has a default.
 *
 * @param threshold posterior probability from which a candidate pair links its records (default
 *     {@value #DEFAULT_THRESHOLD})
 * @param reportThreshold posterior probability from which a pair is kept in {@link
 *     LinkResult#links()} even if it did not link (default {@value #DEFAULT_REPORT_THRESHOLD})
 * @param cohesion least match weight (log2 Bayes factor, the prior left out) of every pair of
 *     records across two clusters for them to merge (default {@value #DEFAULT_COHESION} bits): a
 *     cluster never holds a pair whose evidence favours two people over one, so a record that says
 *     little (a name and a year) cannot chain two namesakes together
 * @param blockLimit blocks with more records than this are not compared all against all but by a
 *     window over records sorted by birth date, place and sex (default {@value
 *     #DEFAULT_BLOCK_LIMIT})
 * @param window neighbours on each side compared in a windowed block (default {@value
 *     #DEFAULT_WINDOW})
 * @param maxIterations EM iterations at most (default {@value #DEFAULT_MAX_ITERATIONS})
 * @param randomPairs random pairs sampled to estimate u before EM (default {@value
 *     #DEFAULT_RANDOM_PAIRS})
 * @param seed seed of that sample (default 1): a run is deterministic
 * @param parallelism threads used (default 1); results do not depend on it
 * @param termFrequency whether agreement on a common name counts less than on a rare one (default
 *     true)
 * @param decisions reviewer decisions: confirmed pairs always link, rejected pairs never share a
 *     cluster; both are labels for the weights
 * @param model weights to use instead of learning them, or null to learn them with EM
 * @param today the date against which resident-ID birth dates are checked
 * @param progress receives progress updates (default: none)
 */
public record LinkOptions(
    double threshold,
    double reportThreshold,
    double cohesion,
    int blockLimit,
    int window,
    int maxIterations,
    int randomPairs,
    long seed,
    int parallelism,
    boolean termFrequency,
    List<ReviewDecision> decisions,
    @Nullable FsModel model,
    LocalDate today,
    LinkProgress progress) {
  public static final double DEFAULT_THRESHOLD = 0.8;
  public static final double DEFAULT_REPORT_THRESHOLD = 0.5;
  public static final double DEFAULT_COHESION = 0.0;
  public static final int DEFAULT_BLOCK_LIMIT = 100;
  public static final int DEFAULT_WINDOW = 10;
  public static final int DEFAULT_MAX_ITERATIONS = 200;
  public static final int DEFAULT_RANDOM_PAIRS = 200_000;

  public LinkOptions {
    probability(threshold, "threshold");
    probability(reportThreshold, "reportThreshold");
    if (!Double.isFinite(cohesion)) {
      throw new IllegalArgumentException("cohesion must be a finite number of bits");
    }
    if (blockLimit < 2) {
      throw new IllegalArgumentException("blockLimit must be at least 2");
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1");
    }
    if (maxIterations < 0 || randomPairs < 0) {
      throw new IllegalArgumentException("maxIterations and randomPairs must not be negative");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(progress, "progress");
  }

  private static void probability(double p, String name) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException(name + " must lie strictly between 0 and 1");
    }
  }

  /** Defaults, with today's date in Asia/Shanghai. */
  public static LinkOptions defaults() {
    return builder().build();
  }

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.threshold = threshold;
    b.reportThreshold = reportThreshold;
    b.cohesion = cohesion;
    b.blockLimit = blockLimit;
    b.window = window;
    b.maxIterations = maxIterations;
    b.randomPairs = randomPairs;
    b.seed = seed;
    b.parallelism = parallelism;
    b.termFrequency = termFrequency;
    b.decisions = decisions;
    b.model = model;
    b.today = today;
    b.progress = progress;
    return b;
  }

  /** Builds {@link LinkOptions}; not thread-safe. */
  public static final class Builder {
    private double threshold = DEFAULT_THRESHOLD;
    private double reportThreshold = DEFAULT_REPORT_THRESHOLD;
    private double cohesion = DEFAULT_COHESION;
    private int blockLimit = DEFAULT_BLOCK_LIMIT;
    private int window = DEFAULT_WINDOW;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;
    private int randomPairs = DEFAULT_RANDOM_PAIRS;
    private long seed = 1;
    private int parallelism = 1;
    private boolean termFrequency = true;
    private List<ReviewDecision> decisions = List.of();
    private @Nullable FsModel model;
    private LocalDate today = LocalDate.now(Clock.system(ZoneId.of("Asia/Shanghai")));
    private LinkProgress progress = LinkProgress.NONE;

    private Builder() {}

    public Builder progress(LinkProgress v) {
      progress = Objects.requireNonNull(v, "progress");
      return this;
    }

    public Builder threshold(double v) {
      threshold = v;
      return this;
    }

    public Builder reportThreshold(double v) {
      reportThreshold = v;
      return this;
    }

    public Builder cohesion(double v) {
      cohesion = v;
      return this;
    }

    public Builder blockLimit(int v) {
      blockLimit = v;
      return this;
    }

    public Builder window(int v) {
      window = v;
      return this;
    }

    public Builder maxIterations(int v) {
      maxIterations = v;
      return this;
    }

    public Builder randomPairs(int v) {
      randomPairs = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public Builder parallelism(int v) {
      parallelism = v;
      return this;
    }

    public Builder termFrequency(boolean v) {
      termFrequency = v;
      return this;
    }

    public Builder decisions(List<ReviewDecision> v) {
      decisions = List.copyOf(v);
      return this;
    }

    public Builder model(@Nullable FsModel v) {
      model = v;
      return this;
    }

    public Builder today(LocalDate v) {
      today = Objects.requireNonNull(v, "today");
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    public LinkOptions build() {
      return new LinkOptions(
          threshold, reportThreshold, cohesion, blockLimit, window, maxIterations, randomPairs, seed,
          parallelism, termFrequency, decisions, model, today, progress);
    }
  }
}
