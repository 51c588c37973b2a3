package org.guwah.names.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Habits of Chinese renderings and Turkish spelling that the keys allow for (ADR 0013,
 * Consequences). Synthetic combinations of common given names only; more pairs in
 * {@code name-pairs.tsv}.
 */
class ChineseRenderingHabitsTest {
  private static NameToken first(String name) {
    return NameKeys.of(name).tokens().get(0);
  }

  private static boolean shareABlockingKey(String a, String b) {
    Set<String> shared = new HashSet<>(NameKeys.blockingKeys(NameKeys.of(a)));
    shared.retainAll(NameKeys.blockingKeys(NameKeys.of(b)));
    return !shared.isEmpty();
  }

  @Test
  void anElidedInitialIAndALeftOutFinalLGiveAVariantAndABlockingKey() {
    NameToken t = first("司马义");
    assertThat(t.phoneticKey()).isEqualTo("simai");
    assertThat(t.phoneticVariants()).contains("is@maiL");
    assertThat(t.blockingVariants()).contains("SML");
    assertThat(first("Simayi").phoneticVariants()).as("pinyin of the rendering").contains("is@maiL");
    assertThat(shareABlockingKey("Ismayil Tursun", "司马义·吐尔逊")).isTrue();
    assertThat(NameSimilarity.compare("Ismayil", "司马义").score()).isGreaterThanOrEqualTo(0.92);
    // 斯 inside a name writes the s of an s + consonant cluster
    assertThat(NameSimilarity.compare("Ismayil", "伊斯马伊力").score()).isGreaterThanOrEqualTo(0.9);
    assertThat(NameSimilarity.compare("Asqar", "阿斯卡尔").score()).isGreaterThanOrEqualTo(0.92);
    assertThat(NameSimilarity.compare("司马义", "伊斯马伊力").score()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void yeForAnInitialEIsE() {
    assertThat(NameSimilarity.compare("Erlan", "叶尔兰").score()).isGreaterThanOrEqualTo(0.92);
    assertThat(NameSimilarity.compare("Ерлан", "叶尔兰").score()).isGreaterThanOrEqualTo(0.88);
    assertThat(NameSimilarity.compare("Erbolat", "叶尔波拉提").score()).isGreaterThanOrEqualTo(0.88);
    assertThat(NameSimilarity.compare("Yerlan", "Erlan").score()).isGreaterThanOrEqualTo(0.92);
    // an initial semivowel before another vowel is still a difference
    assertThat(NameSimilarity.compare("Yasin", "Asin").score()).isLessThan(0.85);
  }

  @Test
  void xianBeforeMuIsShem() {
    NameToken t = first("阿依先木");
    assertThat(t.phoneticVariants()).contains("aiSem@");
    assertThat(NameSimilarity.compare("Ayshem", "阿依先木").score()).isGreaterThanOrEqualTo(0.92);
    assertThat(NameSimilarity.compare("Gülshen", "古丽先").score()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aLeftOutFinalRIsPutBack() {
    NameToken t = first("阿克玛拉");
    assertThat(t.phoneticVariants()).contains("akemaLaL");
    assertThat(t.blockingVariants()).contains("KMLL");
    assertThat(NameKeys.blockingKeys(NameKeys.of("阿克玛拉"))).contains("t:KMLL");
    assertThat(NameKeys.blockingKeys(NameKeys.of("Aqmaral"))).contains("t:KMLL");
    assertThat(NameSimilarity.compare("Aqmaral", "阿克玛拉").score()).isGreaterThanOrEqualTo(0.88);
    assertThat(NameSimilarity.compare("Gülbahar", "古丽巴哈").score())
        .isGreaterThanOrEqualTo(NameSimilarity.CLOSE);
    // the literal reading still decides a name that has no final liquid
    assertThat(NameSimilarity.compare("Rahile", "热依拉").score()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void aBareCInALatinNameAlsoReadsAsTurkishJ() {
    NameToken cappar = first("Cappar");
    assertThat(cappar.phoneticKey()).isEqualTo("kapar");
    assertThat(cappar.phoneticVariants()).containsExactly("japar");
    assertThat(cappar.blockingVariants()).containsExactly("SPL");
    assertThat(NameSimilarity.compare("Cappar", "Jappar").score()).isEqualTo(1.0);
    assertThat(shareABlockingKey("Cappar Tursun", "加帕尔·吐尔逊")).isTrue();
    // a patronymic ending is stripped from the Turkish reading too
    assertThat(first("Capparov").phoneticVariants()).containsExactly("japar");
    // ch is not a bare c; a name without c gets no Turkish reading
    assertThat(first("Chimen").phoneticVariants()).isEmpty();
    assertThat(first("Jappar").phoneticVariants()).isEmpty();
    // in a name with Turkish letters c is j already
    assertThat(NameKeys.of("Cappar Şahin").tokens().get(0).phoneticKey()).isEqualTo("japar");
    assertThat(NameKeys.of("Cappar Şahin").tokens().get(0).phoneticVariants()).isEmpty();
  }
}
