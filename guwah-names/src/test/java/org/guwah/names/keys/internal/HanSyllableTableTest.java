package org.guwah.names.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HanSyllableTableTest {
  @Test
  void theTableIsSyllablesNotNames() throws IOException {
    try (InputStream in = HanSyllableTable.class.getResourceAsStream("han-syllables.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int rows = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows++;
        String[] f = line.split("\t");
        assertThat(f).as(line).hasSize(2);
        assertThat(f[0]).as("one Uyghur syllable").matches("[a-zéöü]{1,5}@?");
        for (String c : f[1].split(" ")) {
          assertThat(c.codePointCount(0, c.length())).as("one character: " + line).isEqualTo(1);
          assertThat(UScript.getScript(c.codePointAt(0))).isEqualTo(UScript.HAN);
        }
      }
      assertThat(rows).isEqualTo(HanSyllableTable.syllableCount());
    }
    assertThat(HanSyllableTable.syllableCount()).isGreaterThan(200);
    assertThat(HanSyllableTable.characterCount()).isGreaterThan(1000);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"买, 麦", "不, 卜", "肉, 若", "孙, 逊", "吐, 土"})
  void legacyAndStandardCharactersReadAlike(String legacy, String standard) {
    HanSyllableTable.Entry a = HanSyllableTable.lookup(legacy.codePointAt(0));
    HanSyllableTable.Entry b = HanSyllableTable.lookup(standard.codePointAt(0));
    assertThat(Phonemes.skeleton(a.reading(true))).isEqualTo(Phonemes.skeleton(b.reading(true)));
    assertThat(PhoneticDistance.similarity(a.reading(false), b.reading(false))).isGreaterThan(0.9);
  }

  @Test
  void finalConsonantCharacters() {
    HanSyllableTable.Entry ti = HanSyllableTable.lookup('提');
    assertThat(ti.reading(false)).isEqualTo("ti");
    assertThat(ti.reading(true)).isEqualTo("t@");
    HanSyllableTable.Entry er = HanSyllableTable.lookup('尔');
    assertThat(er.codaOnly()).isTrue();
    assertThat(er.reading(false)).as("an r-only character: HAN_R").isEqualTo("R@");
    assertThat(HanSyllableTable.lookup('哈').alternatives()).isNotEmpty();
    assertThat(HanSyllableTable.contains('麦')).isTrue();
    assertThat(HanSyllableTable.contains('龘')).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "mai, me", "ti, ti", "xun, sün", "xia, sha", "qi, chi", "jiang, jang", "er, r@", "yi, i",
    "wu, u", "rou, ro", "ruo, ro", "zhen, jen", "kuai, kwe", "lü, ''", "lv, ''"
  })
  void pinyinReadings(String pinyin, String uly) {
    assertThat(PinyinSyllables.reading(pinyin)).isEqualTo(uly);
  }

  @Test
  void pinyinSegmentation() {
    assertThat(PinyinSyllables.segment("maimaiti", 0, 8)).containsExactly("mai", "mai", "ti");
    assertThat(PinyinSyllables.segment("tuerxun", 0, 7)).containsExactly("tu", "er", "xun");
    assertThat(PinyinSyllables.segment("tursun", 0, 6)).isNull();
    assertThat(PinyinSyllables.segment("alim", 0, 4)).as("m is not a name syllable").isNull();
  }
}
