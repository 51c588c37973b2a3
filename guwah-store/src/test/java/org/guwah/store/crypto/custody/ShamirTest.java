package org.guwah.store.crypto.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.guwah.store.crypto.custody.UnableToCombineSharesException.Reason;
import org.junit.jupiter.api.Test;

class ShamirTest {
  static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] secret(int length, long seed) {
    byte[] secret = new byte[length];
    new Random(seed).nextBytes(secret);
    return secret;
  }

  private static List<Share> subset(List<Share> shares, int mask) {
    List<Share> chosen = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        chosen.add(shares.get(i));
      }
    }
    return chosen;
  }

  private static Reason reasonOf(List<Share> shares) {
    try {
      Shamir.combine(shares);
    } catch (UnableToCombineSharesException e) {
      return e.reason();
    }
    throw new AssertionError("combine accepted " + shares);
  }

  @Test
  void everySubsetOfThreeOrMoreOfFiveRecoversAndSmallerOnesAreRefused() {
    byte[] secret = secret(32, 1);
    List<Share> shares = Shamir.split(secret, 5, 3, seeded(2));

    assertThat(shares).extracting(Share::index).containsExactly(1, 2, 3, 4, 5);
    int recovered = 0;
    int refused = 0;
    for (int mask = 0; mask < 32; mask++) {
      List<Share> chosen = subset(shares, mask);
      if (chosen.size() >= 3) {
        assertThat(Shamir.combine(chosen)).as("%s", chosen).isEqualTo(secret);
        List<Share> reversed = new ArrayList<>(chosen);
        Collections.reverse(reversed);
        assertThat(Shamir.combine(reversed)).isEqualTo(secret);
        recovered++;
      } else {
        assertThat(reasonOf(chosen)).as("%s", chosen).isEqualTo(Reason.TOO_FEW);
        refused++;
      }
    }
    assertThat(recovered).isEqualTo(10 + 5 + 1);
    assertThat(refused).isEqualTo(1 + 5 + 10);
  }

  @Test
  void tooFewNamesTheNeed() {
    List<Share> shares = Shamir.split(secret(32, 3), 5, 3, seeded(4));

    assertThatThrownBy(() -> Shamir.combine(shares.subList(0, 2)))
        .isInstanceOf(UnableToCombineSharesException.class)
        .hasMessageContaining("2 shares of split " + shares.get(0).splitId())
        .hasMessageContaining("any 3 of its 5");
    assertThatThrownBy(() -> Shamir.combine(List.of()))
        .isInstanceOf(UnableToCombineSharesException.class)
        .hasMessageContaining("No shares");
  }

  @Test
  void randomSplitsRecoverFromAnyThresholdSubsetAndNotFromOneLess() {
    qt().withExamples(120)
        .forAll(
            integers().between(2, 255),
            integers().between(0, 10_000),
            integers().between(1, 64),
            longs().all())
        .checkAssert(
            (n, kSeed, length, seed) -> {
              int k = 2 + kSeed % (n - 1);
              byte[] secret = secret(length, seed);
              List<Share> shares = Shamir.split(secret, n, k, seeded(seed));
              assertThat(shares).hasSize(n);
              assertThat(shares).allSatisfy(s -> assertThat(s.threshold()).isEqualTo(k));

              List<Share> shuffled = new ArrayList<>(shares);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(Shamir.combine(shuffled.subList(0, k))).isEqualTo(secret);
              assertThat(reasonOf(shuffled.subList(0, k - 1))).isEqualTo(Reason.TOO_FEW);
              if (k < n) {
                assertThat(Shamir.combine(shuffled.subList(0, k + 1))).isEqualTo(secret);
              }
            });
  }

  @Test
  void largestSplitsWork() {
    byte[] secret = secret(32, 5);
    List<Share> all = Shamir.split(secret, 255, 255, seeded(6));
    assertThat(Shamir.combine(all)).isEqualTo(secret);
    assertThat(reasonOf(all.subList(1, 255))).isEqualTo(Reason.TOO_FEW);

    List<Share> pairs = Shamir.split(secret, 255, 2, seeded(7));
    assertThat(Shamir.combine(List.of(pairs.get(254), pairs.get(0)))).isEqualTo(secret);
  }

  @Test
  void duplicateIndexIsRefused() {
    List<Share> shares = Shamir.split(secret(32, 8), 5, 3, seeded(9));

    assertThat(reasonOf(List.of(shares.get(0), shares.get(1), shares.get(1))))
        .isEqualTo(Reason.DUPLICATE_INDEX);
    assertThatThrownBy(() -> Shamir.combine(List.of(shares.get(2), shares.get(0), shares.get(2), shares.get(4))))
        .hasMessageContaining("Share 3 of split " + shares.get(0).splitId());
  }

  @Test
  void sharesOfDifferentSplitsAreRefusedEvenForTheSameSecret() {
    byte[] secret = secret(32, 10);
    List<Share> first = Shamir.split(secret, 5, 3, seeded(11));
    List<Share> second = Shamir.split(secret, 5, 3, seeded(12));
    assertThat(first.get(0).splitId()).isNotEqualTo(second.get(0).splitId());

    assertThat(reasonOf(List.of(first.get(0), first.get(1), second.get(2))))
        .isEqualTo(Reason.MIXED_SPLITS);
    assertThatThrownBy(() -> Shamir.combine(List.of(first.get(0), second.get(1), second.get(2))))
        .hasMessageContaining(first.get(0).splitId())
        .hasMessageContaining(second.get(0).splitId());
  }

  @Test
  void aForgedShareIsDetectedAndOutvotedWhenEnoughGoodSharesAreGiven() {
    byte[] secret = secret(32, 13);
    List<Share> shares = Shamir.split(secret, 5, 3, seeded(14));
    Share genuine = shares.get(1);
    byte[] value = new byte[genuine.secretLength()];
    for (int i = 0; i < value.length; i++) {
      value[i] = (byte) genuine.valueAt(i);
    }
    value[7] ^= 0x40;
    Share forged =
        new Share(genuine.splitIdBytes(), 5, 3, 2, genuine.fingerprintBytes(), value);
    Share reparsed = Share.parse(forged.format());

    assertThat(reasonOf(List.of(shares.get(0), reparsed, shares.get(2)))).isEqualTo(Reason.WRONG_SECRET);
    assertThat(Shamir.combine(List.of(reparsed, shares.get(0), shares.get(2), shares.get(4))))
        .isEqualTo(secret);
  }

  @Test
  void inconsistentMetadataIsRefused() {
    List<Share> shares = Shamir.split(secret(32, 15), 5, 3, seeded(16));
    Share original = shares.get(2);
    byte[] value = new byte[original.secretLength()];
    for (int i = 0; i < value.length; i++) {
      value[i] = (byte) original.valueAt(i);
    }
    Share lowered = new Share(original.splitIdBytes(), 5, 2, 3, original.fingerprintBytes(), value);

    assertThat(reasonOf(List.of(shares.get(0), shares.get(1), lowered))).isEqualTo(Reason.INCONSISTENT);
    assertThat(reasonOf(List.of(lowered, shares.get(0)))).isEqualTo(Reason.INCONSISTENT);
  }

  @Test
  void splitRefusesImpossibleParameters() {
    byte[] secret = secret(32, 17);
    SecureRandom random = seeded(18);
    assertThatThrownBy(() -> Shamir.split(secret, 5, 1, random)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shamir.split(secret, 3, 4, random)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shamir.split(secret, 256, 3, random)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shamir.split(new byte[0], 5, 3, random)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shamir.split(new byte[Share.MAX_SECRET_LENGTH + 1], 5, 3, random))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void splitLeavesTheSecretUntouchedAndSharesDifferPerSplit() {
    byte[] secret = secret(32, 19);
    byte[] copy = secret.clone();
    List<Share> first = Shamir.split(secret, 3, 2, seeded(20));
    List<Share> second = Shamir.split(secret, 3, 2, seeded(21));

    assertThat(secret).isEqualTo(copy);
    assertThat(first.get(0).format()).isNotEqualTo(second.get(0).format());
    assertThat(first.get(0).secretFingerprint()).isNotEqualTo(second.get(0).secretFingerprint());
  }

  @Test
  void aSingleShareCarriesNoTraceOfTheSecretBytes() {
    // With k >= 2 each share byte is uniform whatever the secret: over many splits of an all-zero
    // secret, every value of share 1's first byte appears.
    int[] counts = new int[256];
    SecureRandom random = seeded(22);
    for (int i = 0; i < 25_600; i++) {
      counts[Shamir.split(new byte[1], 2, 2, random).get(0).valueAt(0)]++;
    }
    for (int value = 0; value < 256; value++) {
      assertThat(counts[value]).as("value %d", value).isBetween(40, 180);
    }
  }
}
