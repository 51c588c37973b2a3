package org.guwah.store.crypto.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GaloisField256Test {
  /** Reference multiplication by log/antilog tables with the generator 3: independent of the code under test. */
  private static final int[] EXP = new int[510];
  private static final int[] LOG = new int[256];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      EXP[i + 255] = x;
      LOG[x] = i;
      // x *= 3, i.e. x ^ (x << 1), reduced by 0x11B
      int doubled = x << 1;
      if ((doubled & 0x100) != 0) {
        doubled ^= 0x11B;
      }
      x = doubled ^ x;
    }
  }

  private static int referenceMultiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
  }

  @Test
  void generatorThreeReachesEveryNonZeroElement() {
    boolean[] seen = new boolean[256];
    for (int i = 0; i < 255; i++) {
      seen[EXP[i]] = true;
    }
    for (int a = 1; a < 256; a++) {
      assertThat(seen[a]).as("element %d", a).isTrue();
    }
  }

  @Test
  void knownProductsFromFips197() {
    assertThat(GaloisField256.multiply(0x57, 0x83)).isEqualTo(0xC1);
    assertThat(GaloisField256.multiply(0x57, 0x13)).isEqualTo(0xFE);
    assertThat(GaloisField256.multiply(0x53, 0xCA)).isEqualTo(0x01);
    assertThat(GaloisField256.multiply(0x02, 0x80)).isEqualTo(0x1B);
  }

  @Test
  void multiplicationMatchesTheLogTableForEveryPair() {
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        assertThat(GaloisField256.multiply(a, b)).as("%d * %d", a, b).isEqualTo(referenceMultiply(a, b));
      }
    }
  }

  @Test
  void everyNonZeroElementHasTheInverse() {
    for (int a = 1; a < 256; a++) {
      int inverse = GaloisField256.inverse(a);
      assertThat(GaloisField256.multiply(a, inverse)).as("%d * inverse", a).isEqualTo(1);
      assertThat(inverse).isEqualTo(a == 1 ? 1 : EXP[255 - LOG[a]]);
      assertThat(GaloisField256.divide(a, a)).isEqualTo(1);
    }
    assertThat(GaloisField256.inverse(0x53)).isEqualTo(0xCA);
  }

  @Test
  void zeroHasNoInverse() {
    assertThatThrownBy(() -> GaloisField256.inverse(0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> GaloisField256.divide(7, 0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fieldLawsHoldOnRandomTriples() {
    Random random = new Random(20260101);
    for (int i = 0; i < 20_000; i++) {
      int a = random.nextInt(256);
      int b = random.nextInt(256);
      int c = random.nextInt(256);
      int mulAdd = GaloisField256.multiply(a, GaloisField256.add(b, c));
      assertThat(mulAdd)
          .isEqualTo(GaloisField256.add(GaloisField256.multiply(a, b), GaloisField256.multiply(a, c)));
      assertThat(GaloisField256.multiply(a, b)).isEqualTo(GaloisField256.multiply(b, a));
      assertThat(GaloisField256.multiply(GaloisField256.multiply(a, b), c))
          .isEqualTo(GaloisField256.multiply(a, GaloisField256.multiply(b, c)));
      assertThat(GaloisField256.add(GaloisField256.add(a, b), b)).isEqualTo(a);
      if (b != 0) {
        assertThat(GaloisField256.multiply(GaloisField256.divide(a, b), b)).isEqualTo(a);
      }
    }
  }

  @Test
  void identities() {
    for (int a = 0; a < 256; a++) {
      assertThat(GaloisField256.multiply(a, 1)).isEqualTo(a);
      assertThat(GaloisField256.multiply(a, 0)).isZero();
      assertThat(GaloisField256.add(a, 0)).isEqualTo(a);
      assertThat(GaloisField256.add(a, a)).isZero();
    }
  }
}
