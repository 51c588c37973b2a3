package org.guwah.names.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tolerant reading of Chinese renderings: what Chinese loses, put back. */
class HanRenderingsTest {
  /** The syllables of a rendering as {@link TokenConverter} reads them. */
  private static List<HanRenderings.Syllable> syllables(String han) {
    List<HanRenderings.Syllable> out = new ArrayList<>();
    for (int i = 0; i < han.length(); i++) {
      HanSyllableTable.Entry e = HanSyllableTable.lookup(han.charAt(i));
      out.add(new HanRenderings.Syllable(e.reading(i == han.length() - 1), e.coda()));
    }
    return out;
  }

  @Test
  void anInitialIElidedBeforeSAndAConsonantIsPutBack() {
    // 司马义 / 斯马义 (Ismayil): i elided, and the final l left out
    assertThat(HanRenderings.tolerant(syllables("司马义"))).isEqualTo("is@maiL");
    assertThat(HanRenderings.tolerant(syllables("斯马义"))).isEqualTo("is@maiL");
    // 斯拉木 (Islam): ends in a final-consonant character, so only the i
    assertThat(HanRenderings.tolerant(syllables("斯拉木"))).isEqualTo("is@Lam@");
  }

  @Test
  void noElisionWithoutASibilantFirstOrBeforeAVowel() {
    // 沙 has no final-consonant reading: Sabit starts with s + vowel
    assertThat(HanRenderings.tolerant(syllables("沙比提"))).isNull();
    // 斯 before a vowel syllable (亚) is not a cluster
    assertThat(HanRenderings.tolerant(syllables("斯亚提"))).isNull();
  }

  @Test
  void anNBeforeMIsTheMChineseCannotEndASyllableWith() {
    // 阿依先木 (Ayshem): 先 is shen, 木 the m
    assertThat(HanRenderings.tolerant(syllables("阿依先木"))).isEqualTo("aiSem@");
  }

  @Test
  void aLeftOutFinalLiquidIsPutBack() {
    assertThat(HanRenderings.tolerant(syllables("阿克玛拉"))).isEqualTo("akemaLaL");
    assertThat(HanRenderings.tolerant(syllables("古丽巴哈"))).isEqualTo("guLibaxaL");
    // a final-consonant character (丽 l, 尔 r, 提 t) already writes the end of the name
    assertThat(HanRenderings.tolerant(syllables("阿依古丽"))).isNull();
    assertThat(HanRenderings.tolerant(syllables("古丽巴哈尔"))).isNull();
    assertThat(HanRenderings.tolerant(syllables("麦麦提"))).isNull();
  }

  @Test
  void oneSyllableHasNoTolerantReading() {
    assertThat(HanRenderings.tolerant(syllables("拉"))).isNull();
    assertThat(HanRenderings.tolerant(List.of())).isNull();
  }

  @Test
  void aSyllableNeedsAReading() {
    assertThatThrownBy(() -> new HanRenderings.Syllable(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void liquidsAreMarkedAsChineseWritesThem() {
    assertThat(Phonemes.markHanReading("la")).isEqualTo("La");
    assertThat(Phonemes.markHanReading("re")).isEqualTo("Re");
    assertThat(Phonemes.markHanReading("r@")).isEqualTo("R@");
    assertThat(Phonemes.markHanReading("l@")).as("final 力 is an l: a final r is 尔").isEqualTo("l@");
    assertThat(HanSyllableTable.lookup('拉').reading(false)).isEqualTo("La");
    assertThat(HanSyllableTable.lookup('尔').reading(true)).isEqualTo("R@");
    assertThat(HanSyllableTable.lookup('先').reading(false)).isEqualTo("Sen");
    assertThat(Phonemes.renderUly("baLat@")).isEqualTo("balat");
    assertThat(Phonemes.renderUly("tuR@sun")).isEqualTo("tursun");
    assertThat(Phonemes.skeleton("akemaLaL")).isEqualTo(Phonemes.skeleton("aqmaral"));
  }
}
