package org.guwah.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void marksTheFirstQueryWordFoundWhateverItsCase() {
    Snippet s = Snippet.of("Менің ағам 2018 жылы ЛАГЕРЬГЕ жабылды.", List.of("нет", "лагерьге"));

    assertThat(s.before()).isEqualTo("Менің ағам 2018 жылы ");
    assertThat(s.match()).isEqualTo("ЛАГЕРЬГЕ");
    assertThat(s.after()).isEqualTo(" жабылды.");
  }

  @Test
  void cutsLongTextWithEllipsesAndNeverSplitsASurrogatePair() {
    String text = "😀".repeat(100) + " لاگېرغا " + "😀".repeat(100);
    Snippet s = Snippet.of(text, List.of("لاگېرغا"));

    assertThat(s.before()).startsWith("…");
    assertThat(s.after()).endsWith("…");
    assertThat(s.match()).isEqualTo("لاگېرغا");
    for (String part : List.of(s.before(), s.after())) {
      String inner = part.replace("…", "");
      assertThat(Character.isLowSurrogate(inner.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(inner.charAt(inner.length() - 1))).isFalse();
    }
  }

  @Test
  void withoutAMatchStartsAtTheBeginningAndWithoutTextIsAbsent() {
    Snippet s = Snippet.of("再教育营".repeat(100), List.of("教育"));
    assertThat(s.match()).isEqualTo("教育");

    Snippet none = Snippet.of("short text", List.of("absent"));
    assertThat(none.match()).isEmpty();
    assertThat(none.text()).isEqualTo("short text");
    assertThat(none.toString()).doesNotContain("short");
    assertThat(Snippet.of(null, List.of("x"))).isNull();
    assertThat(Snippet.of("  ", List.of("x"))).isNull();
  }
}
