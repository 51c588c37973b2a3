package org.guwah.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {
  private final SearchAnalyzer index = SearchAnalyzer.forIndexing();
  private final SearchAnalyzer query = SearchAnalyzer.forQueries();

  @Test
  void alefMaksuraAndYehStayDistinctTerms() {
    // ى U+0649 and ي U+064A: ICUFoldingFilter would merge them; this chain must not.
    assertThat(query.terms("\u0649")).containsExactly("\u0649");
    assertThat(query.terms("\u064A")).containsExactly("\u064A");
    assertThat(query.terms("سىڭىل")).isNotEqualTo(query.terms("سيڭيل"));
    assertThat(query.terms("تىلى يىل")).containsExactly("تىلى", "يىل");
    assertThat(String.join("", query.terms("يىل"))).contains("\u064A").contains("\u0649");
  }

  @Test
  void keepsUyghurLetters() {
    for (String letter : List.of("\u06D5", "\u06D0", "\u06C6", "\u06C8", "\u06AD", "\u06BE", "\u06C7", "\u06CB")) {
      assertThat(query.terms("ب" + letter + "ب")).as("U+%04X", (int) letter.charAt(0)).containsExactly("ب" + letter + "ب");
    }
    assertThat(query.terms("گۇۋاھ ئۆي كۆرمىدىم")).containsExactly("گۇۋاھ", "ئۆي", "كۆرمىدىم");
  }

  @Test
  void foldsArabicPresentationFormsToTheRightLetter() {
    // ﻳﻰ = YEH initial + ALEF MAKSURA final; ﯨ (U+FBE8) = Uyghur alef maksura initial form
    assertThat(query.terms("\uFEF3\uFEF0")).containsExactly("\u064A\u0649");
    assertThat(query.terms("\uFBE8")).containsExactly("\u0649");
  }

  @Test
  void removesTatweelAnywhereInAWord() {
    assertThat(query.terms("ـكىتـاب")).containsExactly("كىتاب");
    assertThat(query.terms("كىتابـ")).containsExactly("كىتاب");
  }

  @Test
  void turkishDottedAndDotlessIFindEachOther() {
    List<String> expected = List.of("istanbul");
    assertThat(query.terms("İstanbul")).isEqualTo(expected);
    assertThat(query.terms("ISTANBUL")).isEqualTo(expected);
    assertThat(query.terms("istanbul")).isEqualTo(expected);
    assertThat(query.terms("ıstanbul")).isEqualTo(expected);
    assertThat(query.terms("İSTANBUL")).isEqualTo(expected);
    assertThat(query.terms("Iğdır")).containsExactly("iğdir");
  }

  @Test
  void foldsCyrillicYoButKeepsKazakhLetters() {
    assertThat(query.terms("Ещё ВСЁ")).containsExactly("еще", "все");
    assertThat(query.terms("ӘКЕ Қарындас ұсталды ҢҒӨҮҺІ")).containsExactly("әке", "қарындас", "ұсталды", "ңғөүһі");
  }

  @Test
  void keepsAccentsThatAreLetters() {
    assertThat(query.terms("abdurëhim abdurehim Gözaltı")).containsExactly("abdurëhim", "abdurehim", "gözalti");
  }

  @Test
  void appliesNfkcAndRemovesInvisibleCharacters() {
    assertThat(query.terms("ＰＯＬＩＣＥ")).containsExactly("police");
    assertThat(query.terms("po\u00ADli\u200Bce")).containsExactly("police");
    assertThat(query.terms("sa\u2019adet")).containsExactly("sa", "adet");
    assertThat(query.terms("sa'adet")).containsExactly("sa", "adet");
    assertThat(query.terms("İstanbul'da")).containsExactly("istanbul", "da");
  }

  @Test
  void doesNotStem() {
    assertThat(query.terms("detained detains detaining")).containsExactly("detained", "detains", "detaining");
  }

  @Test
  void chineseRunsBecomeBigramsSoATwoCharacterWordInsideARunMatches() {
    List<String> indexed = index.terms("他失去联系了");
    assertThat(indexed).contains("联系", "失去", "去联", "系了").contains("联", "系");
    assertThat(query.terms("联系")).containsExactly("联系");
    assertThat(query.terms("失去联系")).containsExactly("失去", "去联", "联系");
    assertThat(query.terms("疆")).containsExactly("疆");
    assertThat(query.terms("a 疆 b")).containsExactly("a", "疆", "b");
    assertThat(query.terms("卡拉比")).containsExactly("卡拉", "拉比");
  }

  @Test
  void middleDotSeparatesHanNameParts() {
    assertThat(query.terms("卡拉·努尔")).containsExactly("卡拉", "努尔");
  }

  @Test
  void fingerprintNamesEveryVersion() {
    assertThat(SearchAnalyzer.fingerprint()).startsWith("guwah-analyzer-" + SearchAnalyzer.VERSION)
        .contains(";icu-79.").contains(";unicode-").contains(";lucene-9.12.3");
  }
}
