package org.guwah.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.ibm.icu.text.Normalizer2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NameNormalizerTest {

  @Test
  void uyghurArabicKeepsItsLettersAndLosesInvisibles() {
    assertThat(NameNormalizer.normalize("مەمەت تۇرسۇن")).isEqualTo("مەمەت تۇرسۇن");
    assertThat(NameNormalizer.normalize("\u202Bمەمەت\u200C  \u200Fتۇرسۇن\u202C"))
        .isEqualTo("مەمەت تۇرسۇن");
    assertThat(NameNormalizer.normalize("مەمـــەت")).isEqualTo("مەمەت");
    assertThat(NameNormalizer.tokens("مەمەت تۇرسۇن")).containsExactly("مەمەت", "تۇرسۇن");
  }

  @Test
  void alefMaksuraAndYehStayDistinct() {
    String withAlefMaksura = "ئىلى"; // ى U+0649
    String withYeh = "ئيلي"; // ي U+064A
    assertThat(NameNormalizer.normalize(withAlefMaksura)).contains("\u0649").doesNotContain("\u064A");
    assertThat(NameNormalizer.normalize(withYeh)).contains("\u064A").doesNotContain("\u0649");
    assertThat(NameNormalizer.normalize(withAlefMaksura))
        .isNotEqualTo(NameNormalizer.normalize(withYeh));
    // Presentation forms fold to the same letters and keep them apart.
    assertThat(NameNormalizer.normalize("\uFEEF")).isEqualTo("\u0649");
    assertThat(NameNormalizer.normalize("\uFEF1")).isEqualTo("\u064A");
  }

  @Test
  void kazakhCyrillicIsCaseFolded() {
    assertThat(NameNormalizer.normalize("Мамет ТУРСЫНҰЛЫ")).isEqualTo("мамет турсынұлы");
    assertThat(NameNormalizer.tokens("Мамет Турсынұлы")).containsExactly("мамет", "турсынұлы");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "麦麦提·吐尔逊",
        "麦麦提・吐尔逊",
        "麦麦提‧吐尔逊",
        "麦麦提•吐尔逊",
        "麦麦提．吐尔逊",
        "麦麦提･吐尔逊",
        "麦麦提.吐尔逊",
        "麦麦提 · 吐尔逊",
        "麦麦提 ・吐尔逊",
        "麦麦提\u3000．\u3000吐尔逊",
        "\u200F麦麦提·吐尔逊 "
      })
  void hanziMiddleDotVariantsBecomeOneDot(String name) {
    assertThat(NameNormalizer.normalize(name)).isEqualTo("麦麦提\u00B7吐尔逊");
    assertThat(NameNormalizer.tokens(name)).containsExactly("麦麦提", "吐尔逊");
  }

  @Test
  void hanziCharacterVariantsAreNotMerged() {
    assertThat(NameNormalizer.normalize("买买提")).isNotEqualTo(NameNormalizer.normalize("麦麦提"));
  }

  @Test
  void fullStopOutsideHanziStaysAFullStop() {
    assertThat(NameNormalizer.normalize("M. Tursun")).isEqualTo("m. tursun");
    assertThat(NameNormalizer.normalize("麦. Tursun")).isEqualTo("麦. tursun");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Memet Tursun Çelik | memet tursun çelik",
        "MEMET TURSUN ÇELİK | memet tursun çelik",
        "İlham | ilham",
        "IŞIK | işik",
        "Işık | işik",
        "ILHAM TOXTI | ilham toxti",
        "Abdurëhim | abdurëhim",
        "Abdurehim | abdurehim",
        "Rahilä | rahilä",
        "Sa’adet | sa'adet",
        "Saʼadet | sa'adet",
        "Sa´adet | sa'adet",
        "Abdu–Rehim | abdu-rehim",
        "ＭＥＭＥＴ\u3000ＴＵＲＳＵＮ | memet tursun",
        "Məmət Ⱪurban | məmət ⱪurban",
        "ƢENI ⱨ | ƣeni ⱨ",
        "Straße | strasse"
      })
  void latinNamesAreFoldedButKeepTheirLetters(String input, String expected) {
    assertThat(NameNormalizer.normalize(input)).isEqualTo(expected);
  }

  @Test
  void precomposedAndDecomposedSpellingsAgree() {
    assertThat(NameNormalizer.normalize("Abdure\u0308him")).isEqualTo(NameNormalizer.normalize("Abdurëhim"));
    assertThat(NameNormalizer.normalize("C\u0327elik")).isEqualTo("çelik");
    assertThat(NameNormalizer.normalize("I\u0307lham")).isEqualTo("ilham");
  }

  @Test
  void eAcuteStaysDistinctFromE() {
    assertThat(NameNormalizer.normalize("Abduréhim")).isNotEqualTo(NameNormalizer.normalize("Abdurehim"));
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    assertThat(NameNormalizer.normalize("  Memet \t\n  Tursun\u00A0 ")).isEqualTo("memet tursun");
    assertThat(NameNormalizer.normalize("\u200B \u2060 ")).isEmpty();
    assertThat(NameNormalizer.normalize("")).isEmpty();
    assertThat(NameNormalizer.normalize("Memet\u0000Tursun")).isEqualTo("memettursun");
  }

  @Test
  void tokensSplitOnSpacesHyphensAndDots() {
    assertThat(NameNormalizer.tokens("Abdu-Rehim  Tursun·Ali")).containsExactly("abdu", "rehim", "tursun", "ali");
    assertThat(NameNormalizer.tokens(" -- · ")).isEmpty();
    assertThat(NameNormalizer.tokens("Ilham")).containsExactly("ilham");
    assertThat(NameNormalizer.tokens("Ilham ")).isUnmodifiable();
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    assertThat(NameNormalizer.normalize("Memet\uD800")).isEqualTo("memet\uFFFD");
    assertThat(NameNormalizer.normalize("\uDC00x")).isEqualTo("\uFFFDx");
    assertThat(NameNormalizer.normalize("\uD840\uDC00")).isEqualTo("\uD840\uDC00");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> NameNormalizer.normalize(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NameNormalizer.tokens(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void largeInputsAreHandled() {
    String big = "Memet  TURSUN·\u0640麦 . 吐 ".repeat(500_000);
    String once = NameNormalizer.normalize(big);
    assertThat(once).startsWith("memet tursun·麦·吐 memet");
    assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
  }

  // --- properties ---

  /** Code points that stress the rules: dots, spaces, marks, invisibles, Turkish i, Arabic. */
  private static Gen<String> trickyStrings() {
    List<String> pieces =
        List.of(
            "a", "i", "I", "İ", "ı", "\u0307", "\u0301", "\u0323", "\u0651", "\u064E", "e", "é",
            "ب", "ى", "ي", "ئ", "\u0654", "\u0640", "\uFEEF", "麦", "吐", ".", "．", "·", "・", "･",
            "‧", "•", "\u0387", " ", "\u3000", "\t", "\u00A0", "\u200C", "\u200D", "\u200F",
            "\u202B", "\uFEFF", "-", "\u2010", "\u2212", "'", "\u2019", "\u00B4", "\u02BC", "\u0000",
            "\u0085", "\uD800", "\uDC00", "\uD840\uDC00", "ß", "ﬁ", "Ⅻ", "\u00A8", "\uFE70", "ǅ",
            "ΐ", "\u0345", "Ⱨ", "ɵ");
    return lists()
        .of(Generate.pick(pieces))
        .ofSizeBetween(0, 24)
        .map(list -> String.join("", list));
  }

  @Test
  void normalizeIsIdempotentOnTrickyStrings() {
    qt().forAll(trickyStrings())
        .checkAssert(
            s -> {
              String once = NameNormalizer.normalize(s);
              assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
            });
  }

  @Test
  void normalizeIsIdempotentOnArbitraryStrings() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            s -> {
              String once = NameNormalizer.normalize(s);
              assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
            });
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
        .checkAssert(
            s -> {
              String once = NameNormalizer.normalize(s);
              assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
            });
  }

  @Test
  void outputIsCanonicalWellFormedAndTrimmed() {
    Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
    qt().forAll(trickyStrings().mix(strings().allPossible().ofLengthBetween(0, 30)))
        .checkAssert(
            s -> {
              String out = NameNormalizer.normalize(s);
              assertThat(nfkcCasefold.isNormalized(out)).isTrue();
              assertThat(out).doesNotContain("  ", "\u0640", "\u200C", "\u200F", " \u00B7", "\u00B7 ");
              assertThat(out).doesNotStartWith(" ").doesNotEndWith(" ");
              assertThat(isWellFormed(out)).isTrue();
              assertThat(String.join("", NameNormalizer.tokens(s)))
                  .isEqualTo(out.replace(" ", "").replace("-", "").replace("\u00B7", ""));
            });
  }

  private static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
