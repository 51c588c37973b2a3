package org.guwah.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.guwah.core.vocab.Language;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {
  @Test
  void queryBeatsRememberedBeatsBrowser() {
    assertThat(LanguageChoice.resolve("ug", "ru", "zh-CN")).isEqualTo(Language.UG);
    assertThat(LanguageChoice.resolve(null, "ru", "zh-CN")).isEqualTo(Language.RU);
    assertThat(LanguageChoice.resolve(null, null, "zh-CN,zh;q=0.9")).isEqualTo(Language.ZH);
    assertThat(LanguageChoice.resolve(null, null, null)).isEqualTo(Language.EN);
  }

  @Test
  void qualityValuesDecideAndUnknownLanguagesAreSkipped() {
    assertThat(LanguageChoice.resolve(null, null, "de-DE, fr;q=0.9, kk;q=0.5, tr;q=0.8")).isEqualTo(Language.TR);
    assertThat(LanguageChoice.resolve("xx", "yy", "de")).isEqualTo(Language.EN);
    assertThat(LanguageChoice.resolve(null, null, "ru;q=abc, kk")).isEqualTo(Language.KK);
  }

  @Test
  void oversizedOrOddValuesFallBack() {
    assertThat(LanguageChoice.resolve("ug".repeat(100), null, "x".repeat(10_000))).isEqualTo(Language.EN);
    assertThat(LanguageChoice.resolve("<script>", null, ";;;,,,")).isEqualTo(Language.EN);
  }
}
