package org.guwah.app.demo;

import java.util.List;
import java.util.Random;

/** Hometown counties by ethnicity: where Uyghurs, Kazakhs, Kyrgyz and Uzbeks mostly come from. */
final class Counties {
  static final List<County> UYGHUR = List.of(
      County.current("650102", "Urumqi"), County.current("650103", "Urumqi"),
      County.current("650104", "Urumqi"), County.current("650105", "Urumqi"),
      new County("652101", "Turpan", "650402", 2015), new County("652201", "Hami", "650502", 2016),
      County.current("652901", "Aksu"), County.current("652922", "Aksu"),
      new County("652923", "Aksu", "652902", 2019), County.current("652924", "Aksu"),
      County.current("652925", "Aksu"), County.current("652926", "Aksu"),
      County.current("652927", "Aksu"), County.current("652928", "Aksu"),
      County.current("653101", "Kashgar"), County.current("653121", "Kashgar"),
      County.current("653122", "Kashgar"), County.current("653123", "Kashgar"),
      County.current("653124", "Kashgar"), County.current("653125", "Kashgar"),
      County.current("653126", "Kashgar"), County.current("653127", "Kashgar"),
      County.current("653128", "Kashgar"), County.current("653129", "Kashgar"),
      County.current("653130", "Kashgar"),
      County.current("653201", "Hotan"), County.current("653221", "Hotan"),
      County.current("653222", "Hotan"), County.current("653223", "Hotan"),
      County.current("653224", "Hotan"), County.current("653225", "Hotan"),
      County.current("653226", "Hotan"), County.current("653227", "Hotan"),
      County.current("654002", "Ghulja"), new County("654101", "Ghulja", "654002", 2001));

  static final List<County> KAZAKH = List.of(
      County.current("654002", "Ghulja"), County.current("654021", "Ghulja"),
      County.current("654023", "Ghulja"), County.current("654024", "Ghulja"),
      County.current("654025", "Ghulja"), County.current("654026", "Ghulja"),
      County.current("654027", "Ghulja"), County.current("654028", "Ghulja"),
      new County("654101", "Ghulja", "654002", 2001),
      County.current("654201", "Tacheng"), County.current("654221", "Tacheng"),
      County.current("654224", "Tacheng"), County.current("654225", "Tacheng"),
      County.current("654301", "Altay"), County.current("654321", "Altay"),
      County.current("654322", "Altay"), County.current("654323", "Altay"),
      County.current("654324", "Altay"), County.current("654325", "Altay"),
      County.current("654326", "Altay"));

  static final List<County> KYRGYZ = List.of(
      County.current("653001", "Kizilsu"), County.current("653022", "Kizilsu"),
      County.current("653023", "Kizilsu"), County.current("653024", "Kizilsu"),
      County.current("652927", "Aksu"));

  static final List<County> UZBEK = List.of(
      County.current("653101", "Kashgar"), County.current("654002", "Ghulja"),
      County.current("650102", "Urumqi"), County.current("650104", "Urumqi"));

  private Counties() {}

  static County forEthnicity(Random rnd, String ethnicity) {
    return Draws.one(rnd, switch (ethnicity) {
      case "KAZAKH" -> KAZAKH;
      case "KYRGYZ" -> KYRGYZ;
      case "UZBEK" -> UZBEK;
      default -> UYGHUR;
    });
  }
}
