package org.guwah.names.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The letter tables are a faster path to exactly what the ICU rule sets say. */
class LetterTablesTest {
  /** Key building sees NFKC text (NameNormalizer), so compositions have happened. */
  private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();

  private static List<String> block(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int cp = from; cp < to; cp++) {
      out.add(new String(Character.toChars(cp)));
    }
    return out;
  }

  @Test
  void arabicTableAgreesWithTheRuleSet() {
    Transliterator icu =
        Transliterator.createFromRules("uey", ScriptTransliterators.ueyRules(), Transliterator.FORWARD);
    qt().forAll(lists().of(Generate.pick(block(0x0600, 0x0700))).ofSizeBetween(1, 12)
            .map(l -> NFC.normalize(String.join("", l))))
        .checkAssert(
            s -> {
              StringBuilder fast = new StringBuilder();
              LetterTables.arabicToUly(s, 0, s.length(), fast);
              assertThat(fast.toString()).isEqualTo(icu.transliterate(s));
            });
  }

  @Test
  void cyrillicTableAgreesWithTheRuleSet() {
    Transliterator icu =
        Transliterator.createFromRules(
            "cyr", ScriptTransliterators.cyrillicRules(), Transliterator.FORWARD);
    List<String> letters = new ArrayList<>(block(0x0430, 0x0460));
    letters.addAll(List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "җ", "дж", "маго"));
    qt().forAll(lists().of(Generate.pick(letters)).ofSizeBetween(1, 12)
            .map(l -> NFC.normalize(String.join("", l))))
        .checkAssert(
            s -> {
              StringBuilder fast = new StringBuilder();
              LetterTables.cyrillicToUly(s, 0, s.length(), fast);
              assertThat(fast.toString()).isEqualTo(icu.transliterate(s));
            });
  }

  @Test
  void ruleSetsFollowTheLetterTableOfNames() {
    assertThat(ScriptTransliterators.ueyToUly("ئىلھام")).isEqualTo("ilham");
    assertThat(ScriptTransliterators.ueyToUly("سائادەت")).isEqualTo("sa'adet");
    assertThat(ScriptTransliterators.ueyToUly("چىڭگىز")).isEqualTo("chinggiz");
    assertThat(ScriptTransliterators.ueyToUly("ژۇرنال")).isEqualTo("zhurnal");
    assertThat(ScriptTransliterators.cyrillicToUly("җамал")).isEqualTo("jamal");
    assertThat(ScriptTransliterators.cyrillicToUly("жанар")).isEqualTo("zhanar");
    assertThat(ScriptTransliterators.cyrillicToUly("магомед")).isEqualTo("mahoméd");
    assertThat(ScriptTransliterators.cyrillicToUly("хасан")).isEqualTo("xasan");
  }
}
