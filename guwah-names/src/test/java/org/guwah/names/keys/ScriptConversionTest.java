package org.guwah.names.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.guwah.names.DetectedScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Per-script conversion to canonical Latin and keys. */
class ScriptConversionTest {
  private static String latin(String name) {
    return NameKeys.of(name).tokens().stream().map(NameToken::latin).collect(Collectors.joining(" "));
  }

  private static String blocking(String name) {
    return NameKeys.of(name).tokens().stream()
        .map(NameToken::blockingKey)
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Uyghur Arabic script (NAMES.md §6.2)
        "ئىلھام توختى | ilham toxti",
        "مەمەت ئابدۇرېھىم | memet abduréhim",
        "رەھىلە داۋۇت | rehile dawut",
        "گۈلنار | gülnar",
        "سائادەت | sadet",
        "ئۆمەر | ömer",
        "چىمەنگۈل | chimengül",
        "مۇھەممەد | muhemed",
        // ULY, é and ë
        "Abdurëhim | abduréhim",
        "Abduréhim | abduréhim",
        "Ilham Toxti | ilham toxti",
        // Yéngi Yéziq: x = sh, q = ch, ⱨ ⱪ ƣ ə ɵ
        "Ⱨəsən Xaⱨ | hesen shah",
        "Ⱪurban Ƣeni | qurban gheni",
        "Tɵmür Qiraq | tömür chirach",
        // Uyghur and Kazakh Cyrillic
        "Илһам Тохти | ilham toxti",
        "Җамал Әхмәт | jamal exmet",
        "Құрбан Ғани | qurban ghani",
        "Нұрсұлтан | nursultan",
        "Серікжан Біләш | sérikzhan bilesh",
        "Өмер Үмит | ömér ümit",
        "Абдулла | abdula",
        // Russianised
        "Магомед Турсунов | mahoméd tursun",
        "Мамед Ахмедов | maméd axméd",
        "Джамиля | jamilya",
        "Турсынұлы | tursin",
        "Гулнар Юсупова | gulnar yusup",
        // Turkish: ç ş ğ ı, c = j, j = zh
        "Turdı Çelik | turdi chelik",
        "Cemile Şahin | jemile shahin",
        "Ayşe Doğan | ayshe doghan",
        // informal Latin
        "Abdurekhim | abdurexim",
        "Muhammed | muhamed",
        "Dzhamal | jamal",
        "Tursyn | tursin",
        // pinyin
        "Maimaiti Tuerxun | memet tursün",
        "Rèyīlā Dáwútí | reila daut",
        // Hanzi: syllable table, legacy and standard forms
        "买买提·吐尔逊 | memet tursun",
        "麦麦提·吐尔孙 | memet tursun",
        "伊力哈木·土赫提 | ilixam tuxti",
        "阿依古丽 | aigul",
        "库尔班 | kurban"
      })
  void canonicalLatin(String name, String expected) {
    assertThat(latin(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Memet | MMT",
        "Mamat | MMT",
        "Mehmet | MMT",
        "Mohammad | MMT",
        "Muhammed | MMT",
        "Мамет | MMT",
        "Мамед | MMT",
        "Магомет | MMT",
        "مەمەت | MMT",
        "买买提 | MMT",
        "麦麦提 | MMT",
        "Maimaiti | MMT",
        "Tursun | TLSN",
        "Турсунов | TLSN",
        "Tursunova | TLSN",
        "吐尔逊 | TLSN",
        "吐尔孙 | TLSN",
        "Tuerxun | TLSN",
        "Abdurehim | PTLM",
        "Abdurahim | PTLM",
        "Abdurekhim | PTLM",
        "Abdu-Rehim | PTLM",
        "阿不都热依木 | PTLM",
        "阿卜都热依木 | PTLM",
        "Rozi | LS",
        "肉孜 | LS",
        "若孜 | LS",
        "Tohti | TT",
        "Toxti | TT",
        "Tokhti | TT",
        "土赫提 | TT"
      })
  void blockingKeysMeetAcrossScripts(String name, String expected) {
    assertThat(blocking(name)).isEqualTo(expected);
  }

  @Test
  void everyMiddleDotVariantSplitsTheSameWay() {
    List<String> forms =
        List.of("麦麦提·吐尔逊", "麦麦提•吐尔逊", "麦麦提･吐尔逊", "麦麦提・吐尔逊", "麦麦提.吐尔逊", "麦麦提．吐尔逊",
            "麦麦提‧吐尔逊", "麦麦提 吐尔逊", "麦麦提 · 吐尔逊");
    NameKey reference = NameKeys.of(forms.get(0));
    assertThat(reference.tokens()).hasSize(2);
    for (String form : forms) {
      assertThat(NameKeys.of(form)).as(form).isEqualTo(reference);
    }
    NameKey joined = NameKeys.of("麦麦提吐尔逊");
    assertThat(joined.tokens()).hasSize(1);
    assertThat(NameKeys.blockingKeys(joined)).contains("w:MMTTLSN");
    assertThat(NameKeys.blockingKeys(reference)).contains("w:MMTTLSN");
  }

  @Test
  void patronymicEndingsAreStrippedAndGiveRoles() {
    NameKey russian = NameKeys.of("Tursunov Mamet");
    assertThat(russian.tokens().get(0).strippedSuffix()).contains("ov");
    assertThat(russian.tokens().get(0).role()).isEqualTo(TokenRole.FAMILY);
    assertThat(russian.tokens().get(1).role()).isEqualTo(TokenRole.GIVEN);

    NameKey kazakh = NameKeys.of("Мамед Турсынұлы");
    assertThat(kazakh.tokens().get(1).strippedSuffix()).contains("uly");
    assertThat(kazakh.tokens().get(1).role()).isEqualTo(TokenRole.FATHER);

    NameKey threePart = NameKeys.of("Tursunov Mamet Abdullaevich");
    assertThat(threePart.tokens())
        .extracting(NameToken::role)
        .containsExactly(TokenRole.FAMILY, TokenRole.GIVEN, TokenRole.FATHER);
    assertThat(threePart.tokens().get(2).latin()).isEqualTo("abdula");

    assertThat(NameKeys.of("Aliyev").tokens().get(0).latin()).isEqualTo("ali");
    assertThat(NameKeys.of("Kyzy Aygul").tokens().get(0).strippedSuffix()).isEmpty();
    assertThat(NameKeys.of("Qizi").tokens().get(0).strippedSuffix()).isEmpty();

    NameKey uyghur = NameKeys.of("Memet Tursun Ali");
    assertThat(uyghur.tokens())
        .extracting(NameToken::role)
        .containsExactly(TokenRole.GIVEN, TokenRole.FATHER, TokenRole.OTHER);
    assertThat(NameKeys.of("مەمەت تۇرسۇنوف").tokens().get(1).strippedSuffix())
        .as("no endings are stripped from Arabic script")
        .isEmpty();
  }

  @Test
  void scriptsAreRecordedPerNameAndPart() {
    assertThat(NameKeys.of("麦麦提 Memet").script()).isEqualTo(DetectedScript.MIXED);
    assertThat(NameKeys.of("麦麦提 Memet").tokens())
        .extracting(NameToken::script)
        .containsExactly(DetectedScript.HANZI, DetectedScript.LATIN);
    assertThat(NameKeys.of("Turdı Memet").tokens().get(1).script()).isEqualTo(DetectedScript.TURKISH);
    assertThat(NameKeys.of("Maimaiti").tokens().get(0).readAsPinyin()).isTrue();
    assertThat(NameKeys.of("Memet").tokens().get(0).readAsPinyin()).isFalse();
    assertThat(NameKeys.of("Tursun").tokens().get(0).readAsPinyin()).isFalse();
  }

  @Test
  void hanCharactersThatWriteSoundsOfTwoClassesGiveVariants() {
    NameToken ha = NameKeys.of("哈斯木").tokens().get(0);
    assertThat(ha.blockingKey()).isEqualTo("SM");
    assertThat(ha.blockingVariants()).contains("KSM");
    assertThat(NameKeys.blockingKeys(NameKeys.of("哈斯木·吐尔逊"))).contains("p:KSM|TLSN", "p:SM|TLSN");
    assertThat(NameSimilarity.compare("Qasim Tursun", "哈斯木·吐尔逊").score()).isGreaterThan(0.85);
  }

  @Test
  void aLatinNameThatIsAlsoAPinyinChainKeepsItsOrdinaryReading() {
    NameToken erzhan = NameKeys.of("Erzhan").tokens().get(0);
    assertThat(erzhan.readAsPinyin()).isTrue();
    assertThat(erzhan.phoneticVariants()).contains("erZan");
    // a patronymic ending is never pinyin: the ordinary reading wins and the ending is stripped
    NameToken wubuli = NameKeys.of("Wubuli").tokens().get(0);
    assertThat(wubuli.readAsPinyin()).isTrue();
    assertThat(wubuli.strippedSuffix()).isEmpty();
    NameToken bolatuly = NameKeys.of("Bolatuly").tokens().get(0);
    assertThat(bolatuly.readAsPinyin()).isFalse();
    assertThat(bolatuly.phoneticKey()).isEqualTo("bolat");
    assertThat(bolatuly.strippedSuffix()).contains("uly");
  }

  @Test
  void ngBeforeAVowelAlsoReadsAsNPlusG() {
    NameToken latin = NameKeys.of("Tursungül").tokens().get(0);
    assertThat(latin.phoneticKey()).isEqualTo("tursuNUl");
    assertThat(latin.phoneticVariants()).containsExactly("tursungUl");
    assertThat(NameKeys.of("Yéngisar").tokens().get(0).phoneticVariants()).containsExactly("yEngisar");
    assertThat(NameKeys.of("Pang").tokens().get(0).phoneticVariants()).isEmpty();
  }

  @Test
  void charactersMissingFromTheTableFallBackToPinyin() {
    // 龘 (dá) is not a transcription character; ICU's pinyin reads it.
    NameToken t = NameKeys.of("龘").tokens().get(0);
    assertThat(t.latin()).isEqualTo("da");
  }

  @Test
  void boundPrefixIsJoinedToTheNextPart() {
    assertThat(NameKeys.of("Abdu Rehim Tursun").tokens()).hasSize(2);
    assertThat(NameKeys.of("Abdul Kerim").tokens().get(0).latin()).isEqualTo("abdulkerim");
    assertThat(NameKeys.of("Abdu").tokens()).hasSize(1);
  }

  @Test
  void emptyAndLetterlessNamesHaveNoParts() {
    for (String s : List.of("", "   ", "123", "·", "\u200F\u202B", "-- ..", "\uD800")) {
      NameKey k = NameKeys.of(s);
      assertThat(k.isEmpty()).as(s).isTrue();
      assertThat(NameKeys.blockingKeys(k)).isEmpty();
      assertThat(NameSimilarity.compare(k, NameKeys.of("Memet")).score()).isZero();
    }
  }
}
