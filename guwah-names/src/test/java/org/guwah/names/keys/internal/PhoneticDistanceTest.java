package org.guwah.names.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Costs of {@link PhoneticDistance} for the liquids of Chinese renderings and initial ye. */
class PhoneticDistanceTest {
  private static final float EPS = 1e-6f;

  @Test
  void theLiquidOfAnLCharacterIsLAndAlmostR() {
    assertThat(PhoneticDistance.distance("baLat", "balat")).isZero();
    assertThat(PhoneticDistance.distance("baLat", "barat")).isCloseTo(0.05f, within(EPS));
    assertThat(PhoneticDistance.distance("baLat", "barat"))
        .isLessThan(PhoneticDistance.distance("balat", "barat"));
    assertThat(PhoneticDistance.similarity("baLat", "balat")).isEqualTo(1.0);
  }

  @Test
  void anROfAnROnlyCharacterIsROnly() {
    assertThat(PhoneticDistance.distance("kadiR", "kadir")).isZero();
    assertThat(PhoneticDistance.distance("kadiR", "kadil"))
        .isEqualTo(PhoneticDistance.distance("kadir", "kadil"));
    // 力 against 尔 within Chinese: as far apart as l and r
    assertThat(PhoneticDistance.distance("adiL", "adiR"))
        .isEqualTo(PhoneticDistance.distance("adil", "adir"));
  }

  @Test
  void anInitialYBeforeEIsCheapToDrop() {
    // 叶尔兰 / Yerlan / Erlan: Kazakh and Russian initial Е is ye
    assertThat(PhoneticDistance.distance("yerlan", "erlan")).isCloseTo(0.3f, within(EPS));
    assertThat(PhoneticDistance.distance("yErlan", "Erlan")).isCloseTo(0.3f, within(EPS));
    assertThat(PhoneticDistance.distance("erlan", "yerlan")).isCloseTo(0.3f, within(EPS));
    // any other initial semivowel is still a real difference (Ali / Wali, Asin / Yasin)
    assertThat(PhoneticDistance.distance("yasin", "asin")).isCloseTo(0.9f, within(EPS));
    assertThat(PhoneticDistance.distance("wali", "ali")).isCloseTo(0.9f, within(EPS));
  }

  @Test
  void costsStaySymmetric() {
    String[] keys = {"baLat", "barat", "yeR@Lan", "erlan", "Erlan", "is@maiL", "ismayil", "kadiR@"};
    for (String a : keys) {
      for (String b : keys) {
        assertThat(PhoneticDistance.distance(a, b)).as(a + "/" + b)
            .isEqualTo(PhoneticDistance.distance(b, a));
      }
    }
  }
}
