package org.guwah.analysis.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.guwah.analysis.linkage.Field;
import org.guwah.analysis.linkage.FsModel;
import org.junit.jupiter.api.Test;

/** EM on pattern histograms drawn from a known model. */
class EmTest {
  private static final Field[] FIELDS = Field.values();
  private static final double[][] M = {
    {0.6, 0.2, 0.1, 0.06, 0.03, 0.01},
    {0.5, 0.05, 0.25, 0.15, 0.03, 0.02},
    {0.98, 0.02},
    {0.7, 0.25, 0.01, 0.04},
    {0.85, 0.07, 0.06, 0.02},
  };
  private static final double[][] U = {
    {0.0005, 0.0005, 0.001, 0.005, 0.02, 0.973},
    {0.0002, 0.0005, 0.012, 0.033, 0.005, 0.9493},
    {0.5, 0.5},
    {0.015, 0.15, 0.0001, 0.8349},
    {0.0001, 0.0001, 0.0001, 0.9997},
  };

  private static int draw(SplittableRandom r, double[][] p, double missing) {
    int[] levels = new int[FIELDS.length];
    for (Field f : FIELDS) {
      if (r.nextDouble() < missing) {
        levels[f.ordinal()] = Field.MISSING;
        continue;
      }
      double x = r.nextDouble();
      int l = 0;
      while (l < f.levelCount() - 1 && (x -= p[f.ordinal()][l]) > 0) {
        l++;
      }
      levels[f.ordinal()] = l;
    }
    return Comparison.pattern(levels);
  }

  @Test
  void recoversTheWeightsAndThePrior() {
    SplittableRandom r = new SplittableRandom(3);
    long[] candidates = new long[Comparison.PATTERNS];
    long[] random = new long[Comparison.PATTERNS];
    // 2,000 matches and 20,000 non-matches compared; 10^8 pairs in all
    for (int i = 0; i < 2_000; i++) {
      candidates[draw(r, M, 0.2)]++;
    }
    double[][] blockedU = {U[0].clone(), U[1], U[2], U[3], U[4]};
    blockedU[0] = new double[] {0.3, 0.2, 0.2, 0.1, 0.1, 0.1}; // candidates are namesakes
    for (int i = 0; i < 20_000; i++) {
      candidates[draw(r, blockedU, 0.2)]++;
    }
    for (int i = 0; i < 200_000; i++) {
      random[draw(r, U, 0.2)]++;
    }
    Em.Fit fit = Em.fit(candidates, random, 1e8, new long[Comparison.PATTERNS], new long[Comparison.PATTERNS], 500);
    FsModel model = fit.model;
    assertThat(fit.converged).isTrue();
    assertThat(model.lambda() * 1e8).isCloseTo(2_000, within(400.0));
    assertThat(model.weight(Field.ID, 0)).isGreaterThan(12);
    assertThat(model.weight(Field.BIRTH, 0)).isGreaterThan(9);
    assertThat(model.weight(Field.NAME, 5)).isLessThan(-4);
    assertThat(model.m(Field.SEX, 0)).isCloseTo(0.98, within(0.02));
    assertThat(model.u(Field.SEX, 0)).isCloseTo(0.5, within(0.01));
  }

  @Test
  void nameAgreementAmongMatchesNeverRisesAsItLoosens() {
    double[] m = {0.05, 0.05, 0.1, 0.3, 0.4, 0.1};
    Em.monotone(Field.NAME, m);
    for (int i = 1; i < m.length; i++) {
      assertThat(m[i]).isLessThanOrEqualTo(m[i - 1] + 1e-12);
    }
    assertThat(java.util.Arrays.stream(m).sum()).isCloseTo(1.0, within(1e-9));
    double[] birth = {0.1, 0.05, 0.5, 0.3, 0.03, 0.02};
    double[] before = birth.clone();
    Em.monotone(Field.BIRTH, birth);
    assertThat(birth).as("birth levels are left free").isEqualTo(before);
  }

  @Test
  void labelledPairsAnchorTheMatchClass() {
    long[] candidates = new long[Comparison.PATTERNS];
    long[] random = new long[Comparison.PATTERNS];
    long[] confirmed = new long[Comparison.PATTERNS];
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 5_000; i++) {
      random[draw(r, U, 0.1)]++;
    }
    for (int i = 0; i < 300; i++) {
      confirmed[draw(r, M, 0.1)]++;
    }
    Em.Fit fit = Em.fit(candidates, random, 1e6, confirmed, new long[Comparison.PATTERNS], 200);
    assertThat(fit.model.m(Field.ID, 0)).isGreaterThan(0.7);
    assertThat(fit.model.weight(Field.NAME, 0)).isGreaterThan(8);
  }
}
