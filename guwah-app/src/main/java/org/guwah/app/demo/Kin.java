package org.guwah.app.demo;

/**
 * A close relative as a respondent speaks of them ("my father"), in the testimony languages. The
 * Russian forms are nominative, accusative, genitive and instrumental.
 */
enum Kin {
  FATHER(true, "father", "ئاتام", "әкем", "мой отец", "моего отца", "моего отца", "моим отцом"),
  MOTHER(false, "mother", "ئانام", "анам", "моя мать", "мою мать", "моей матери", "моей матерью"),
  BROTHER(true, "brother", "ئاكام", "ағам", "мой брат", "моего брата", "моего брата", "моим братом"),
  SISTER(false, "sister", "ھەدەم", "әпкем", "моя сестра", "мою сестру", "моей сестры", "моей сестрой"),
  SON(true, "son", "ئوغلۇم", "ұлым", "мой сын", "моего сына", "моего сына", "моим сыном"),
  DAUGHTER(false, "daughter", "قىزىم", "қызым", "моя дочь", "мою дочь", "моей дочери", "моей дочерью"),
  HUSBAND(true, "husband", "يولدىشىم", "күйеуім", "мой муж", "моего мужа", "моего мужа", "моим мужем"),
  WIFE(false, "wife", "ئايالىم", "әйелім", "моя жена", "мою жену", "моей жены", "моей женой");

  final boolean male;
  final String en;
  final String ug;
  final String kk;
  final String ruNom;
  final String ruAcc;
  final String ruGen;
  final String ruIns;

  Kin(boolean male, String en, String ug, String kk, String ruNom, String ruAcc, String ruGen, String ruIns) {
    this.male = male;
    this.en = en;
    this.ug = ug;
    this.kk = kk;
    this.ruNom = ruNom;
    this.ruAcc = ruAcc;
    this.ruGen = ruGen;
    this.ruIns = ruIns;
  }

  /** The relative who is the {@code relationship} code {@code kind} of the respondent. */
  static Kin of(String kind, boolean male) {
    return switch (kind) {
      case "PARENT" -> male ? FATHER : MOTHER;
      case "SIBLING" -> male ? BROTHER : SISTER;
      case "CHILD" -> male ? SON : DAUGHTER;
      case "SPOUSE" -> male ? HUSBAND : WIFE;
      default -> throw new IllegalArgumentException("no kin word for relationship " + kind);
    };
  }
}
