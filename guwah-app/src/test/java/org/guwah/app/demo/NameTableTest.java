package org.guwah.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name tables are internally consistent: every script spells the same name (NAMES.md §3). */
class NameTableTest {
  private static final Map<Character, String> ARABIC = Map.ofEntries(
      Map.entry('ا', "a"), Map.entry('ە', "e"), Map.entry('ب', "b"), Map.entry('پ', "p"), Map.entry('ت', "t"),
      Map.entry('ج', "j"), Map.entry('چ', "ch"), Map.entry('خ', "x"), Map.entry('د', "d"), Map.entry('ر', "r"),
      Map.entry('ز', "z"), Map.entry('ژ', "zh"), Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('غ', "gh"),
      Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"), Map.entry('گ', "g"), Map.entry('ڭ', "ng"),
      Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ھ', "h"), Map.entry('و', "o"),
      Map.entry('ۇ', "u"), Map.entry('ۆ', "ö"), Map.entry('ۈ', "ü"), Map.entry('ۋ', "w"), Map.entry('ې', "é"),
      Map.entry('ى', "i"), Map.entry('ي', "y"), Map.entry(' ', " "));

  private static final Map<Character, String> CYRILLIC = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('ә', "e"), Map.entry('б', "b"), Map.entry('п', "p"), Map.entry('т', "t"),
      Map.entry('җ', "j"), Map.entry('ч', "ch"), Map.entry('х', "x"), Map.entry('д', "d"), Map.entry('р', "r"),
      Map.entry('з', "z"), Map.entry('ж', "zh"), Map.entry('с', "s"), Map.entry('ш', "sh"), Map.entry('ғ', "gh"),
      Map.entry('ф', "f"), Map.entry('қ', "q"), Map.entry('к', "k"), Map.entry('г', "g"), Map.entry('ң', "ng"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('һ', "h"), Map.entry('о', "o"),
      Map.entry('у', "u"), Map.entry('ө', "ö"), Map.entry('ү', "ü"), Map.entry('в', "w"), Map.entry('е', "é"),
      Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('я', "ya"), Map.entry('ю', "yu"), Map.entry(' ', " "));

  @Test
  void uyghurArabicAndCyrillicFormsSpellTheUlyForm() {
    List<GivenName> all = new ArrayList<>(UyghurNames.MALE);
    all.addAll(UyghurNames.FEMALE);
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    for (GivenName g : all) {
      String uly = g.uly().toLowerCase().replace("ë", "é").replace("'", "");
      assertThat(fromArabic(g.uey())).as("UEY of %s", g.uly()).isEqualTo(uly);
      assertThat(map(g.ucs().toLowerCase(), CYRILLIC)).as("UCS of %s", g.uly()).isEqualTo(uly);
      assertThat(g.hanzi()).matches("\\p{IsHan}{2,6}");
      assertThat(g.turkish()).matches("\\p{IsLatin}+");
      assertThat(g.latin()).matches("[A-Za-z]+");
    }
    assertThat(all.stream().map(GivenName::uly).distinct()).hasSize(all.size());
  }

  @Test
  void legacyHanziDifferOnlyByTheDocumentedCharacters() {
    List<GivenName> withLegacy = UyghurNames.MALE.stream().filter(g -> g.hanziLegacy() != null).toList();
    assertThat(withLegacy).isNotEmpty();
    for (GivenName g : withLegacy) {
      String standardised = g.hanziLegacy().replace("买买提", "麦麦提").replace("买提", "麦提").replace("阿不都", "阿卜都")
          .replace("肉孜", "若孜");
      assertThat(standardised).isEqualTo(g.hanzi());
    }
  }

  @Test
  void kazakhPatronymicsAndRussianSurnames() {
    KazakhFullName son = new KazakhFullName(KazakhNames.MALE.get(0), KazakhNames.MALE.get(1));
    KazakhFullName daughter = new KazakhFullName(KazakhNames.FEMALE.get(0), KazakhNames.MALE.get(1));
    assertThat(son.render("KAZAKH_CYRILLIC")).isEqualTo("Серік Болатұлы");
    assertThat(daughter.render("KAZAKH_CYRILLIC")).isEqualTo("Айгерім Болатқызы");
    assertThat(son.render("KAZAKH_LATIN")).isEqualTo("Serik Bolatuly");
    assertThat(daughter.render("CYRILLIC")).isEqualTo("Айгерим Болатова");
    assertThat(son.render("HANZI")).isEqualTo("赛力克\u00B7波拉提");
    UyghurFullName u = new UyghurFullName(UyghurNames.FEMALE.get(1), UyghurNames.MALE.get(0), true);
    assertThat(u.render("HANZI")).isEqualTo("阿依古丽\u00B7买买提");
    assertThat(u.render("ULY")).isEqualTo("Aygül Memet");
    assertThat(u.render("CYRILLIC")).isEqualTo("Айгул Меметова");
    assertThat(u.render("TURKISH")).isEqualTo("Aygül Mehmet");
    assertThat(RussianSpelling.surname("Абдулла", true)).isEqualTo("Абдуллаев");
  }

  @Test
  void relativesShareTheFathersName() {
    Random rnd = new Random(3);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      UyghurFullName me = UyghurFullName.random(rnd, true);
      FullName father = me.father(rnd);
      FullName sister = me.sibling(rnd, false);
      FullName son = me.child(rnd, true, me);
      String[] mine = me.render("ULY").split(" ");
      assertThat(father.render("ULY").split(" ")[0]).isEqualTo(mine[1]);
      assertThat(sister.render("ULY").split(" ")[1]).isEqualTo(mine[1]);
      assertThat(sister.male()).isFalse();
      assertThat(son.render("ULY").split(" ")[1]).isEqualTo(mine[0]);
      seen.add(me.render("ULY"));
    }
    assertThat(seen.size()).isGreaterThan(100);
    assertThat(seen).doesNotContainAnyElementsOf(UyghurNames.REAL_PEOPLE);
  }

  private static String fromArabic(String uey) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < uey.length(); i++) {
      char c = uey.charAt(i);
      if (c == 'ئ') { // hamza carrier: apostrophe between letters, else dropped; apostrophes are ignored here
        continue;
      }
      String s = ARABIC.get(c);
      assertThat(s).as("mapped Arabic letter U+%04X", (int) c).isNotNull();
      sb.append(s);
    }
    return sb.toString();
  }

  private static String map(String text, Map<Character, String> table) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      String s = table.get(c);
      assertThat(s).as("mapped letter U+%04X", (int) c).isNotNull();
      sb.append(s);
    }
    return sb.toString();
  }
}
