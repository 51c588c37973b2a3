package org.guwah.names.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties: determinism, idempotence, robustness, symmetry and range. */
class NameKeysPropertiesTest {
  /** Common given names in every script of the project (synthetic combinations only). */
  private static final List<String> PARTS =
      List.of(
          "Memet", "Mamat", "Mehmet", "Tursun", "Ilham", "Tohti", "Rahile", "Dawut", "Aygül",
          "Qurban", "Abdurehim", "Abdu-Rehim", "Gulnar", "Yusup", "Patime", "Rozi", "Ehmet",
          "Niyaz", "Serikzhan", "Bilash", "Çelik", "Şirin", "Turdı", "Məmət", "Ⱪurban", "Xaⱨ",
          "Maimaiti", "Tuerxun", "Мамет", "Турсунов", "Илһам", "Тохти", "Құрбан", "Турсынұлы",
          "Магомед", "Джамиля", "مەمەت", "تۇرسۇن", "ئىلھام", "توختى", "راھىلە", "داۋۇت",
          "麦麦提", "买买提", "吐尔逊", "吐尔孙", "伊力哈木", "土赫提", "阿不都热依木", "阿卜都热依木",
          "库尔班", "哈斯木", "龘");

  private static final List<String> NOISE =
      List.of(
          " ", "·", "・", "･", "•", ".", "-", "\u200F", "\u200E", "\u202B", "\u202C", "\u200C",
          "\u200D", "\u0640", "\u0301", "\uD800", "\uDC00", "\uFEFF", "1", "٣", "'", "ʼ", "\u0000",
          "\uD83D\uDE00", "\u3000");

  private static Gen<String> names() {
    return lists()
        .of(Generate.pick(PARTS).mix(Generate.pick(NOISE), 30))
        .ofSizeBetween(0, 6)
        .map(l -> String.join(" ", l));
  }

  private static Gen<String> anything() {
    return names()
        .mix(strings().allPossible().ofLengthBetween(0, 40), 40)
        .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40), 20);
  }

  @Test
  void keysAreDeterministicAndNeverThrow() {
    qt().forAll(anything())
        .checkAssert(
            s -> {
              NameKey a = NameKeys.of(s);
              NameKey b = NameKeys.of(new String(s.toCharArray()));
              assertThat(a).isEqualTo(b);
              assertThat(NameKeys.blockingKeys(a)).isEqualTo(NameKeys.blockingKeys(b));
              assertThat(a.tokens()).hasSizeLessThanOrEqualTo(NameKeys.MAX_TOKENS);
              for (NameToken t : a.tokens()) {
                assertThat(t.phoneticKey()).isNotEmpty().matches("[aeEioOuU@ywvhxbpftdkqgGsSzZjClLrRmnN]+");
                assertThat(t.blockingKey()).matches("[PTKSLMN]*");
              }
            });
  }

  @Test
  void similarityIsSymmetricAndInRange() {
    qt().forAll(anything(), anything())
        .checkAssert(
            (x, y) -> {
              NameKey a = NameKeys.of(x);
              NameKey b = NameKeys.of(y);
              NameComparison ab = NameSimilarity.compare(a, b);
              NameComparison ba = NameSimilarity.compare(b, a);
              assertThat(ab.score()).isBetween(0.0, 1.0).isEqualTo(ba.score());
              assertThat(NameSimilarity.score(a, b)).isEqualTo(ab.score());
              for (NameToken t : a.tokens()) {
                if (t.latin().length() >= 4) {
                  assertThat(ab.explain()).doesNotContain(t.latin());
                }
              }
            });
  }

  @Test
  void aNameIsFullySimilarToItselfAndToItsCanonicalLatin() {
    // Pinyin parts are left out: next to a Turkish letter they are not read as pinyin, while
    // their canonical Latin (plain letters) is.
    List<String> parts =
        PARTS.stream().filter(p -> !p.equals("Maimaiti") && !p.equals("Tuerxun")).toList();
    Gen<String> names =
        lists().of(Generate.pick(parts).mix(Generate.pick(NOISE), 30)).ofSizeBetween(0, 6)
            .map(l -> String.join(" ", l));
    qt().forAll(names)
        .checkAssert(
            s -> {
              NameKey k = NameKeys.of(s);
              if (k.isEmpty()) {
                return;
              }
              assertThat(NameSimilarity.compare(k, k).score()).isEqualTo(1.0);
              String latin = String.join(" ", k.tokens().stream().map(NameToken::latin).toList());
              NameKey again = NameKeys.of(latin);
              // The canonical Latin loses endings (-ov) and with them roles: at most a swap penalty.
              assertThat(NameSimilarity.compare(k, again).score())
                  .as(latin)
                  .isGreaterThanOrEqualTo(0.85);
            });
  }

  @Test
  void canonicalLatinOfLatinArabicAndCyrillicNamesIsAFixedPoint() {
    List<String> nonHan =
        PARTS.stream()
            .filter(p -> !p.equals("Maimaiti") && !p.equals("Tuerxun")) // pinyin
            .filter(p -> p.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN))
            .toList();
    qt().forAll(lists().of(Generate.pick(nonHan)).ofSizeBetween(1, 4).map(l -> String.join(" ", l)))
        .checkAssert(
            s -> {
              NameKey once = NameKeys.of(s);
              String latin = String.join(" ", once.tokens().stream().map(NameToken::latin).toList());
              NameKey twice = NameKeys.of(latin);
              String latinAgain =
                  String.join(" ", twice.tokens().stream().map(NameToken::latin).toList());
              assertThat(latinAgain).isEqualTo(latin);
              assertThat(twice.tokens().stream().map(NameToken::blockingKey).toList())
                  .isEqualTo(once.tokens().stream().map(NameToken::blockingKey).toList());
            });
  }

  @Test
  void hugeAndHostileInputsAreFast() {
    String latin = "Memet Tursun ".repeat(4000);
    String oneToken = "m".repeat(50_000);
    String surrogates = "\uDC00\uD800a".repeat(17_000);
    String rtl = "\u202Bمەمەت\u200F تۇرسۇن\u202C ".repeat(3000);
    String han = "麦".repeat(50_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String s : List.of(latin, oneToken, surrogates, rtl, han)) {
            NameKey k = NameKeys.of(s);
            assertThat(k.tokens()).hasSizeLessThanOrEqualTo(NameKeys.MAX_TOKENS);
            assertThat(NameSimilarity.compare(k, k).score()).isBetween(0.0, 1.0);
            assertThat(NameSimilarity.compare(k, NameKeys.of("Memet")).score()).isBetween(0.0, 1.0);
          }
        });
  }

  @Test
  void nothingRevealsTheName() {
    String canary = "Qanarijan Canarybekov";
    NameKey k = NameKeys.of(canary);
    NameComparison c = NameSimilarity.compare(k, NameKeys.of("Qanari Canarybek"));
    for (String text : List.of(k.toString(), k.tokens().get(0).toString(), c.toString(), c.explain(),
        c.pairings().get(0).toString())) {
      assertThat(text.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("qanari")
          .doesNotContain("canarybek")
          .doesNotContain("KNL");
    }
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> NameKeys.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NameKeys.blockingKeys(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NameSimilarity.compare((NameKey) null, NameKeys.of("a")))
        .isInstanceOf(NullPointerException.class);
  }
}
