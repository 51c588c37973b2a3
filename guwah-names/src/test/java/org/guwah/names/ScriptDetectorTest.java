package org.guwah.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class ScriptDetectorTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "مەمەت تۇرسۇن, UEY",
    "ئىلھام توختى, UEY",
    "راھىلە داۋۇت, UEY",
    "Мамет Турсынұлы, CYRILLIC_KAZAKH",
    "Серікжан Біләш, CYRILLIC_KAZAKH",
    "Нұрсұлтан Назарбаев, CYRILLIC_KAZAKH",
    "Җамал Турсун, CYRILLIC_UYGHUR",
    "Илһам Тохти, CYRILLIC_TURKIC",
    "Мәмәт Турсун, CYRILLIC_TURKIC",
    "Җамал Нұрлан, CYRILLIC_TURKIC",
    "Мамет Турсунов, CYRILLIC",
    "麦麦提·吐尔逊, HANZI",
    "麦麦提・吐尔逊, HANZI",
    "伊力哈木‧土赫提, HANZI",
    "买买提•阿不都热依木, HANZI",
    "热依拉．达吾提, HANZI",
    "阿依古丽 买买提, HANZI",
    "Memet Tursun Çelik, TURKISH",
    "Rahile Davut Şahin, TURKISH",
    "Ilham Işık, TURKISH",
    "Aygül Doğan, TURKISH",
    "Məmət Tursun, UYY",
    "Ⱨəmit Ⱪurban, UYY",
    "Aⱨmət Ƣeni, UYY",
    "Tɵmür, UYY",
    "Memet Tursun, LATIN",
    "Memet Abdurëhim, LATIN",
    "Rahile Dawut, LATIN",
    "Yilihamu Tuheti, LATIN",
    "Rèyīlā Dáwútí, LATIN",
    "Ⱨəmit Çelik, LATIN",
    "Memet Мамет, MIXED",
    "麦麦提 Memet, MIXED",
    "مەمەت Memet, MIXED",
    "Ωμέγα, OTHER",
    "김민준, OTHER",
    "田中さくら, MIXED"
  })
  void classifiesNames(String name, DetectedScript expected) {
    assertThat(ScriptDetector.detect(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "12345",
        "١٢٣",
        "۱۲۳",
        "·・‧•．",
        "-- / , . ' \"",
        "\u200F\u200E\u200C\u200D\u202B\u202C\u2066\u2069",
        "\u0640\u0640",
        "\u0301\u0308",
        "\uD800",
        "\uDC00\uD800",
        "\uE000\uFFFF",
        "\u0000\u001F"
      })
  void textWithoutLettersIsUnknown(String text) {
    assertThat(ScriptDetector.detect(text)).isEqualTo(DetectedScript.UNKNOWN);
  }

  @Test
  void ignoresInvisiblesDigitsMarksAndDots() {
    assertThat(ScriptDetector.detect("\u202Bمەمەت\u200C تۇرسۇن\u202C 1990"))
        .isEqualTo(DetectedScript.UEY);
    assertThat(ScriptDetector.detect("\u200F麦麦提 · 吐尔逊 (2017)")).isEqualTo(DetectedScript.HANZI);
    assertThat(ScriptDetector.detect("مُحَمَّد")).isEqualTo(DetectedScript.UEY);
    assertThat(ScriptDetector.detect("Me\u0301met 42")).isEqualTo(DetectedScript.LATIN);
    assertThat(ScriptDetector.detect("Memet\uD800Tursun")).isEqualTo(DetectedScript.LATIN);
    assertThat(ScriptDetector.detect("\uDC00麦\uD800")).isEqualTo(DetectedScript.HANZI);
  }

  @Test
  void decomposedTurkishLettersCount() {
    assertThat(ScriptDetector.detect("C\u0327elik")).isEqualTo(DetectedScript.TURKISH);
    assertThat(ScriptDetector.detect("S\u0327ahin")).isEqualTo(DetectedScript.TURKISH);
    assertThat(ScriptDetector.detect("Dog\u0306an")).isEqualTo(DetectedScript.TURKISH);
    assertThat(ScriptDetector.detect("I\u0307lham")).isEqualTo(DetectedScript.TURKISH);
    assertThat(ScriptDetector.detect("Mu\u0327")).isEqualTo(DetectedScript.LATIN);
  }

  @Test
  void supplementaryHanCharactersAreHan() {
    assertThat(ScriptDetector.detect("\uD840\uDC00\uD840\uDC01")).isEqualTo(DetectedScript.HANZI);
  }

  @Test
  void familyHelpers() {
    assertThat(DetectedScript.CYRILLIC_KAZAKH.isCyrillic()).isTrue();
    assertThat(DetectedScript.UEY.isCyrillic()).isFalse();
    assertThat(DetectedScript.UYY.isLatin()).isTrue();
    assertThat(DetectedScript.HANZI.isLatin()).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> ScriptDetector.detect(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void fiftyMegabyteInputsAreScannedInLinearTime() {
    String latin = "Memet Tursun 1990 · ".repeat(2_500_000);
    assertThat(latin.length()).isEqualTo(50_000_000);
    String arabicThenLatin = "مەمەت\u200C تۇرسۇن ".repeat(4_000_000) + "x";
    String marks = "a" + "\u0301".repeat(50_000_000);
    String surrogates = "\uDC00\uD800a".repeat(16_666_667); // every surrogate unpaired
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          assertThat(ScriptDetector.detect(latin)).isEqualTo(DetectedScript.LATIN);
          assertThat(ScriptDetector.detect(arabicThenLatin)).isEqualTo(DetectedScript.MIXED);
          assertThat(ScriptDetector.detect(marks)).isEqualTo(DetectedScript.LATIN);
          assertThat(ScriptDetector.detect(surrogates)).isEqualTo(DetectedScript.LATIN);
        });
  }

  @Test
  void anyStringGetsAClass() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(s -> assertThat(ScriptDetector.detect(s)).isNotNull());
  }

  @Test
  void digitsPunctuationAndInvisiblesNeverChangeTheClass() {
    List<String> names =
        List.of(
            "مەمەت تۇرسۇن", "Мамет Турсынұлы", "Илһам Тохти", "麦麦提吐尔逊", "Memet Tursun",
            "Çelik", "Məmət", "Memet Мамет", "Ωμέγα", "");
    List<String> noise =
        List.of("1", "٣", " ", "·", "・", "‧", "•", "．", "-", "\u200F", "\u200C", "\u0640", "\u0301",
            "\uD800", "(", "،", "؟");
    qt().forAll(Generate.pick(names), Generate.pick(noise), Generate.pick(noise))
        .checkAssert(
            (name, before, after) ->
                assertThat(ScriptDetector.detect(before + name + after))
                    .isEqualTo(ScriptDetector.detect(name)));
  }

  @Test
  void everyDetectedScriptMapsToANameScriptCode() {
    for (DetectedScript s : DetectedScript.values()) {
      assertThat(org.guwah.core.vocab.Vocabularies.standard().vocabulary("name_script").contains(s.nameScriptCode()))
          .as(s.name()).isTrue();
    }
    assertThat(ScriptDetector.detect("Тұрсын").nameScriptCode()).isEqualTo("KAZAKH_CYRILLIC");
    assertThat(ScriptDetector.detect("Турсунов").nameScriptCode()).isEqualTo("CYRILLIC");
    assertThat(ScriptDetector.detect("مەمەت").nameScriptCode()).isEqualTo("UEY");
    assertThat(ScriptDetector.detect("麦麦提").nameScriptCode()).isEqualTo("HANZI");
    assertThat(ScriptDetector.detect("123").nameScriptCode()).isEqualTo("OTHER");
  }
}
