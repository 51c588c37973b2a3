package org.guwah.forms.tables;

import java.util.SplittableRandom;

/**
 * Invented people for list fixtures: names built from syllables in Latin, Uyghur Arabic, Cyrillic
 * and Chinese transliteration characters, and resident IDs with a valid check digit. No real person.
 */
final class SyntheticPeople {
  private static final String[] LATIN = {"ab", "du", "re", "him", "mu", "ham", "met", "tur", "sun", "ay", "gul", "pa",
      "ti", "ke", "rim", "ja", "nar", "se", "lim", "qa"};
  private static final String[] UYGHUR = {"ئا", "بدۇ", "رې", "ھىم", "مۇ", "ھەم", "مەت", "تۇر", "سۇن", "ئاي", "گۈل", "پا"};
  private static final String[] CYRILLIC = {"Аб", "ду", "ре", "хим", "му", "хам", "мет", "тур", "сун", "ай", "гуль", "па"};
  private static final String[] HANZI = {"阿", "布", "都", "热", "依", "木", "麦", "提", "吐", "尔", "逊", "古", "丽", "帕", "夏", "买"};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final SplittableRandom random;

  SyntheticPeople(long seed) {
    this.random = new SplittableRandom(seed);
  }

  String latinName() {
    return capital(word(LATIN, 3)) + " " + capital(word(LATIN, 2));
  }

  String uyghurName() {
    return word(UYGHUR, 3) + " " + word(UYGHUR, 2);
  }

  String cyrillicName() {
    return word(CYRILLIC, 3) + " " + word(CYRILLIC, 2).toLowerCase(java.util.Locale.ROOT);
  }

  /** A name like 麦麦提·吐尔逊, invented from transliteration characters. */
  String chineseName() {
    return word(HANZI, 2 + random.nextInt(2)) + "·" + word(HANZI, 2 + random.nextInt(2));
  }

  /** An 18-digit resident ID of a Kashgar county with a valid check character. */
  String residentId() {
    StringBuilder sb = new StringBuilder(18).append("6531");
    pad(sb, 1 + random.nextInt(31), 2);
    pad(sb, 1950 + random.nextInt(55), 4);
    pad(sb, 1 + random.nextInt(12), 2);
    pad(sb, 1 + random.nextInt(28), 2);
    pad(sb, random.nextInt(1000), 3);
    return sb.append(checkChar(sb.toString())).toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String v = Integer.toString(value);
    for (int i = v.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(v);
  }

  static char checkChar(String first17) {
    int s = 0;
    for (int i = 0; i < 17; i++) {
      s += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[s % 11];
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private String word(String[] syllables, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(syllables[random.nextInt(syllables.length)]);
    }
    return sb.toString();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
