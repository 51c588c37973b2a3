package org.guwah.analysis.linkage.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.guwah.analysis.linkage.LinkRecord;
import org.junit.jupiter.api.Test;

class SyntheticLinkageTest {
  @Test
  void theDefaultSetHasAllScriptsSourcesAndEnoughNamesakes() {
    SyntheticLinkage.Dataset d = SyntheticLinkage.generate(5_000, 1);
    assertThat(d.records()).hasSize(5_000);
    assertThat(d.truth()).hasSize(5_000);
    assertThat(d.summary().perScript()).containsKeys("latin", "arabic", "cyrillic", "hanzi");
    assertThat(d.summary().perSource()).containsOnlyKeys(SyntheticLinkage.SOURCES.toArray(String[]::new));
    assertThat(d.summary().namesakeShare()).isGreaterThanOrEqualTo(0.20);
    Set<String> ids = new HashSet<>();
    for (LinkRecord r : d.records()) {
      assertThat(ids.add(r.id())).isTrue();
      assertThat(d.truth()).containsKey(r.id());
    }
  }

  @Test
  void aSeedGivesTheSameSet() {
    assertThat(SyntheticLinkage.generate(300, 5).records())
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(SyntheticLinkage.generate(300, 5).records());
    assertThat(SyntheticLinkage.generate(300, 5).records())
        .usingRecursiveFieldByFieldElementComparator()
        .isNotEqualTo(SyntheticLinkage.generate(300, 6).records());
  }

  @Test
  void everyPoolCharacterHasPinyinAndRendersInEveryScript() {
    for (PoolName n : NamePool.all()) {
      assertThat(Scripts.pinyin(Scripts.hanzi(n, false, 0, new java.util.SplittableRandom(1)))).isNotBlank();
      assertThat(Scripts.pinyin(Scripts.hanzi(n, true, 0, new java.util.SplittableRandom(1)))).isNotBlank();
      if (!n.kazakh()) {
        assertThat(Scripts.arabic(n.latin())).matches("[\\u0600-\\u06FF]+");
        assertThat(Scripts.cyrillic(n.latin())).matches("[\\u0400-\\u04FF]+");
      }
    }
  }

  @Test
  void rendersWithItsOwnTables() {
    assertThat(Scripts.arabic("Memet")).isEqualTo("مەمەت");
    assertThat(Scripts.arabic("Ilham")).isEqualTo("ئىلھام");
    assertThat(Scripts.arabic("Tursungül")).as("n + g of a compound").isEqualTo("تۇرسۇنگۈل");
    assertThat(Scripts.cyrillic("Tursun")).isEqualTo("Турсун");
    assertThat(Scripts.surname(Scripts.russian("Турсун"), false)).isEqualTo("Турсунова");
    assertThat(Scripts.surname(Scripts.russian("Абдулла"), true)).isEqualTo("Абдуллаев".replace("лаев", "лев"));
    assertThat(Scripts.turkish("Ismayil")).isEqualTo("İsmayil");
    assertThat(Scripts.pinyin("麦麦提")).isEqualTo("Maimaiti");
  }
}
