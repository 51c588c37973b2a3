package org.guwah.app.demo;

import java.util.List;
import java.util.Random;

/**
 * Synthetic village names composed from common Turkic place-name parts ({@code Aq} + {@code
 * bulaq} + {@code kenti}): plausible, not taken from any list.
 */
final class Villages {
  private static final List<String> FIRST = List.of(
      "Yéngi", "Kona", "Aq", "Qara", "Sériq", "Tash", "Bay", "Chong", "Kichik", "Qum", "Yar", "Gül",
      "Üjme", "Tal", "Köl", "Tögmen");
  private static final List<String> SECOND = List.of(
      "östeng", "bagh", "köl", "yar", "awat", "toghraq", "bulaq", "su", "terek", "tam", "ériq",
      "bostan", "tagh");
  private static final List<String> KIND = List.of("kenti", "yézisi", "mehellisi");

  private Villages() {}

  /** A village name in Uyghur Latin, e.g. {@code Aqbulaq kenti}, sometimes with a number. */
  static String random(Random rnd) {
    String name = Draws.one(rnd, FIRST) + Draws.one(rnd, SECOND) + " " + Draws.one(rnd, KIND);
    return rnd.nextInt(4) == 0 ? name + " " + Draws.between(rnd, 1, 12) + "-mehelle" : name;
  }
}
