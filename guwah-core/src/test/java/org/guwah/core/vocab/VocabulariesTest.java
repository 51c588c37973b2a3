package org.guwah.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VocabulariesTest {
  private final Vocabularies vocabularies = Vocabularies.standard();

  @Test
  void everyShippedVocabularyLoadsWithAllSixLabels() {
    assertThat(vocabularies.names()).containsExactlyInAnyOrderElementsOf(Vocabularies.NAMES);
    for (String name : Vocabularies.NAMES) {
      Vocabulary v = vocabularies.vocabulary(name);
      assertThat(v.codes()).as(name).isNotEmpty();
      for (Term t : v.terms()) {
        for (Language l : Language.values()) {
          assertThat(t.label(l)).as(name + "/" + t.code() + "/" + l).isNotBlank();
        }
      }
    }
  }

  @Test
  void uyghurLabelsAreInArabicScriptAndKazakhInCyrillic() {
    for (String name : Vocabularies.NAMES) {
      for (Term t : vocabularies.vocabulary(name).terms()) {
        assertThat(t.label(Language.UG).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
            .as("ug label of " + name + "/" + t.code()).isTrue();
        boolean brandName = t.label(Language.KK).equals(t.label(Language.EN));
        assertThat(brandName || t.label(Language.KK).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
            .as("kk label of " + name + "/" + t.code()).isTrue();
        boolean zhBrand = t.label(Language.ZH).equals(t.label(Language.EN));
        assertThat(zhBrand || t.label(Language.ZH).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .as("zh label of " + name + "/" + t.code()).isTrue();
      }
    }
  }

  @Test
  void tacticsCarryTheirMappings() {
    Vocabulary tactic = vocabularies.vocabulary("tactic");
    assertThat(tactic.codes()).contains("THREAT_DIRECT", "THREAT_FAMILY", "INFO_DEMAND", "INFORMANT_RECRUIT",
        "MESSAGING_SURVEILLANCE", "HOST_DETENTION", "UNLAWFUL_DEPORTATION", "RENDITION");
    assertThat(tactic.term("HOST_DETENTION").orElseThrow().attribute("uhrp_stage")).contains("2");
    assertThat(tactic.term("UNLAWFUL_DEPORTATION").orElseThrow().attribute("uhrp_stage")).contains("3");
    assertThat(tactic.term("SPYWARE_PHISHING").orElseThrow().attribute("fh_family")).contains("dig");
  }

  @Test
  void relationshipInversesExist() {
    Vocabulary rel = vocabularies.vocabulary("relationship");
    for (Term t : rel.terms()) {
      String inverse = t.attribute("inverse").orElseThrow();
      assertThat(rel.contains(inverse)).as(t.code()).isTrue();
      assertThat(rel.term(inverse).orElseThrow().attribute("inverse")).contains(t.code());
    }
  }

  @Test
  void malformedFilesAreRefusedWithTheLine() {
    String bad = "code\ten\tug\tkk\tru\ttr\tzh\nA\ta\tb\tc\td\te\n";
    assertThatThrownBy(() -> Vocabularies.parse("x", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("line 2");
    String noLabel = "code\ten\tug\tkk\tru\ttr\tzh\nA\ta\t\tc\td\te\tf\n";
    assertThatThrownBy(() -> Vocabularies.parse("x", new ByteArrayInputStream(noLabel.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("ug");
    byte[] latin1 = {'c', 'o', 'd', 'e', (byte) 0xE9};
    assertThatThrownBy(() -> Vocabularies.parse("x", new ByteArrayInputStream(latin1))).isNotNull();
  }

  @Test
  void languageCodesResolve() {
    assertThat(Language.fromCode("ug-CN")).contains(Language.UG);
    assertThat(Language.fromCode("ZH_hans")).contains(Language.ZH);
    assertThat(Language.fromCode("xx")).isEmpty();
    assertThat(Language.UG.rightToLeft()).isTrue();
  }
}
