package org.guwah.names.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The memoizing scorer gives exactly the static results, also when its memo slots clash. */
class NameSimilarityScorerTest {
  private static final List<String> PARTS =
      List.of(
          "Memet", "Mamat", "Tursun", "Tursunov", "Ilham", "Tohti", "Rahile", "Dawut", "Aygül",
          "Qurban", "Abdurehim", "Gulnar", "Yusup", "Erzhan", "Bolatuly", "Мамет", "Турсунов",
          "Илһам", "Құрбан", "مەمەت", "تۇرسۇن", "ئىلھام", "麦麦提", "买买提", "吐尔逊", "伊力哈木", "吾甫尔",
          "海拉提", "阿不都热依木", "Maimaiti", "Tuerxun", "Tursungül");

  @Test
  void scorerAgreesWithTheStaticMethods() {
    SplittableRandom random = new SplittableRandom(7);
    List<NameKey> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        b.append(p == 0 ? "" : " ").append(PARTS.get(random.nextInt(PARTS.size())));
      }
      names.add(NameKeys.of(b.toString()));
    }
    NameSimilarity.Scorer scorer = NameSimilarity.scorer();
    for (int k = 0; k < 5_000; k++) {
      NameKey a = names.get(random.nextInt(names.size()));
      NameKey b = names.get(random.nextInt(names.size()));
      assertThat(scorer.score(a, b)).isEqualTo(NameSimilarity.score(a, b));
      if (k % 10 == 0) {
        assertThat(scorer.compare(a, b)).isEqualTo(NameSimilarity.compare(a, b));
      }
    }
  }
}
