package org.guwah.app.demo;

import java.util.List;
import java.util.Random;

/**
 * A country of residence of demo respondents: ISO code, continent, relative share of respondents,
 * a few cities, and a fictional phone-number pattern.
 */
record Residence(String country, String continent, int weight, List<String> cities, String callingCode) {
  /**
   * A phone number in a range reserved for fiction where the country has one (NANP 555-01xx, UK
   * Ofcom 07700 900xxx, Australia 0491 570 xxx), else {@code +CC 555 01x xxxx}: obviously not real.
   */
  String fictionalPhone(Random rnd) {
    return switch (country) {
      case "US" -> "+1 202 555 01" + Draws.digits(rnd, 2);
      case "CA" -> "+1 416 555 01" + Draws.digits(rnd, 2);
      case "GB" -> "+44 7700 900" + Draws.digits(rnd, 3);
      case "AU" -> "+61 491 570 1" + Draws.digits(rnd, 2);
      default -> "+" + callingCode + " 555 01" + Draws.digits(rnd, 1) + " " + Draws.digits(rnd, 4);
    };
  }

  /** Whether Russian is a common written language there (Central Asia, Russia). */
  boolean russianSpeaking() {
    return switch (country) {
      case "KZ", "KG", "UZ", "RU" -> true;
      default -> false;
    };
  }
}
