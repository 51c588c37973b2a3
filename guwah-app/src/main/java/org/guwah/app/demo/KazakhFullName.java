package org.guwah.app.demo;

import java.util.Random;

/** A Kazakh given name + patronymic. */
record KazakhFullName(KazakhName given, KazakhName father) implements FullName {
  static KazakhFullName random(Random rnd, boolean male) {
    KazakhName g = KazakhNames.given(rnd, male);
    return new KazakhFullName(g, KazakhNames.father(rnd, g));
  }

  @Override
  public boolean male() {
    return given.male();
  }

  @Override
  public boolean supports(String script) {
    return switch (script) {
      case "KAZAKH_CYRILLIC", "KAZAKH_LATIN", "HANZI", "CYRILLIC" -> true;
      default -> false;
    };
  }

  @Override
  public String render(String script) {
    return switch (script) {
      case "KAZAKH_CYRILLIC" -> given.cyrillic() + " " + father.patronymicCyrillic(male());
      case "KAZAKH_LATIN" -> given.latin() + " " + father.patronymicLatin(male());
      case "HANZI" -> given.hanzi() + "\u00B7" + father.hanzi();
      case "CYRILLIC" -> given.russified() + " " + RussianSpelling.surname(father.russified(), male());
      default -> throw new IllegalArgumentException("unsupported name_script for a Kazakh name: " + script);
    };
  }

  @Override
  public FullName father(Random rnd) {
    return new KazakhFullName(father, KazakhNames.father(rnd, father));
  }

  @Override
  public FullName stranger(Random rnd, boolean male) {
    return random(rnd, male);
  }

  @Override
  public FullName sibling(Random rnd, boolean male) {
    while (true) {
      KazakhName g = KazakhNames.given(rnd, male);
      if (g != given && g != father) {
        return new KazakhFullName(g, father);
      }
    }
  }

  @Override
  public FullName child(Random rnd, boolean male, FullName spouse) {
    KazakhName dad = male() ? given
        : spouse instanceof KazakhFullName k && k.male() ? k.given : Draws.one(rnd, KazakhNames.MALE);
    while (true) {
      KazakhName g = KazakhNames.given(rnd, male);
      if (g != dad) {
        return new KazakhFullName(g, dad);
      }
    }
  }

  @Override
  public String toString() {
    return "KazakhFullName[<redacted>]";
  }
}
