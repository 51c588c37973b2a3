package org.guwah.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void keepsScriptsAndBidiMarksAndDropsControls() {
    String uyghur = "\u200Fئابدۇرېھىم\u200C \u2067qanari\u2069";
    assertThat(TextNormalizer.clean(uyghur, true)).isEqualTo(uyghur);
    assertThat(TextNormalizer.clean("a\u0000b\u001Fc\u007Fd\u0085e", true)).isEqualTo("abcde");
    assertThat(TextNormalizer.clean("a\r\nb\rc\n\td", true)).isEqualTo("a\nb\nc\n\td");
    assertThat(TextNormalizer.clean("a\r\nb\tc", false)).isEqualTo("a b c");
    assertThat(TextNormalizer.clean("x\uD800y\uDC00z😀", true)).isEqualTo("xyz😀");
    assertThat(TextNormalizer.clean("Cafe\u0301", true)).isEqualTo("Café");
    String clean = "already clean";
    assertThat(TextNormalizer.clean(clean, true)).isSameAs(clean);
  }
}
