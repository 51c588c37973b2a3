package org.guwah.app.demo;

import java.util.Random;

/** A Uyghur (or Uzbek/Kyrgyz, named from the same table) given name + father's name. */
record UyghurFullName(GivenName given, GivenName father, boolean legacyHanzi) implements FullName {
  static UyghurFullName random(Random rnd, boolean male) {
    GivenName g = UyghurNames.given(rnd, male);
    return new UyghurFullName(g, UyghurNames.father(rnd, g), rnd.nextInt(4) == 0);
  }

  @Override
  public boolean male() {
    return given.male();
  }

  @Override
  public boolean supports(String script) {
    return switch (script) {
      case "UEY", "ULY", "HANZI", "UCS", "CYRILLIC", "TURKISH", "LATIN" -> true;
      default -> false;
    };
  }

  @Override
  public String render(String script) {
    return switch (script) {
      case "UEY" -> given.uey() + " " + father.uey();
      case "ULY" -> given.uly() + " " + father.uly();
      case "HANZI" -> given.hanzi(legacyHanzi) + "\u00B7" + father.hanzi(legacyHanzi);
      case "UCS" -> given.ucs() + " " + father.ucs();
      case "CYRILLIC" -> given.russified() + " " + RussianSpelling.surname(father.russified(), male());
      case "TURKISH" -> given.turkish() + " " + father.turkish();
      case "LATIN" -> given.latin() + " " + father.latin();
      default -> throw new IllegalArgumentException("unsupported name_script for a Uyghur name: " + script);
    };
  }

  @Override
  public FullName father(Random rnd) {
    return new UyghurFullName(father, UyghurNames.father(rnd, father), rnd.nextInt(3) == 0);
  }

  @Override
  public FullName stranger(Random rnd, boolean male) {
    return random(rnd, male);
  }

  @Override
  public FullName sibling(Random rnd, boolean male) {
    while (true) {
      GivenName g = UyghurNames.given(rnd, male);
      if (g != given && g != father && UyghurNames.allowed(g, father)) {
        return new UyghurFullName(g, father, rnd.nextInt(4) == 0);
      }
    }
  }

  @Override
  public FullName child(Random rnd, boolean male, FullName spouse) {
    GivenName dad = male() ? given
        : spouse instanceof UyghurFullName u && u.male() ? u.given : Draws.one(rnd, UyghurNames.MALE);
    while (true) {
      GivenName g = UyghurNames.given(rnd, male);
      if (g != dad && UyghurNames.allowed(g, dad)) {
        return new UyghurFullName(g, dad, rnd.nextBoolean());
      }
    }
  }

  @Override
  public String toString() {
    return "UyghurFullName[<redacted>]";
  }
}
