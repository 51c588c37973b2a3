package org.guwah.analysis.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static int code(String place) {
    return Gazetteer.resolve(place).code;
  }

  @Test
  void countyNamesInEveryScriptAndCodes() {
    assertThat(code("653121")).isEqualTo(653121);
    assertThat(code("疏附县")).isEqualTo(653121);
    assertThat(code("Konasheher")).isEqualTo(653121);
    assertThat(code("Kona Sheher")).isEqualTo(653121);
    assertThat(code("Yarkand")).isEqualTo(653125);
    assertThat(code("يەكەن")).as("Uyghur Arabic script via the name keys").isEqualTo(653125);
    assertThat(code("Korla")).isEqualTo(652801);
    assertThat(code("Кульджа")).isEqualTo(654002);
    assertThat(code("Ghulja nahiyisi")).as("generic word left out").isEqualTo(654002);
    assertThat(code("Aksu, Xinjiang")).isEqualTo(6529);
  }

  @Test
  void prefecturesResolveToFourDigits() {
    assertThat(code("Kashgar")).isEqualTo(6531);
    assertThat(code("喀什地区")).isEqualTo(6531);
    assertThat(code("Кашгар")).isEqualTo(6531);
    assertThat(code("قەشقەر")).isEqualTo(6531);
    assertThat(code("喀什市")).as("the city itself").isEqualTo(653101);
  }

  @Test
  void retiredCodesMeetTheirSuccessors() {
    assertThat(code("652923")).isEqualTo(652902);
    assertThat(code("654101")).isEqualTo(654002);
    assertThat(Gazetteer.current(652201)).isEqualTo(650502);
    assertThat(Gazetteer.current(653121)).isEqualTo(653121);
  }

  @Test
  void unknownPlacesKeepOnlyATextKey() {
    Gazetteer.Place village = Gazetteer.resolve("Yéngi Mehelle");
    assertThat(village.code).isZero();
    assertThat(village.text).isNotZero().isEqualTo(Gazetteer.resolve("YENGI MEHELLE").text);
    assertThat(Gazetteer.resolve("").text).isZero();
    assertThat(Gazetteer.resolve("x".repeat(5000)).text).as("over the limit: ignored").isZero();
  }
}
