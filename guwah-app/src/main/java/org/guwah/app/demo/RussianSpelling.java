package org.guwah.app.demo;

/**
 * Russianised spellings of Uyghur and Kazakh Cyrillic names, as on Central Asian and Russian
 * documents: letters Russian lacks are replaced, and a father's name becomes a surname with
 * {@code -ов}/{@code -ова} (or {@code -ев}/{@code -ева} after a vowel) (NAMES.md §1).
 */
final class RussianSpelling {
  private RussianSpelling() {}

  static String letter(char c) {
    return switch (c) {
      case 'ә' -> "е";
      case 'Ә' -> "Е";
      case 'һ' -> "х";
      case 'Һ' -> "Х";
      case 'қ' -> "к";
      case 'Қ' -> "К";
      case 'ғ' -> "г";
      case 'Ғ' -> "Г";
      case 'ң' -> "н";
      case 'ө' -> "о";
      case 'Ө' -> "О";
      case 'ү', 'ұ' -> "у";
      case 'Ү', 'Ұ' -> "У";
      case 'җ' -> "дж";
      case 'Җ' -> "Дж";
      case 'і' -> "и";
      case 'І' -> "И";
      default -> String.valueOf(c);
    };
  }

  static String word(String cyrillic) {
    StringBuilder sb = new StringBuilder(cyrillic.length() + 2);
    for (int i = 0; i < cyrillic.length(); i++) {
      sb.append(letter(cyrillic.charAt(i)));
    }
    return sb.toString();
  }

  /** {@code Турсун} → {@code Турсунов} / {@code Турсунова}; {@code Абдулла} → {@code Абдуллаев}. */
  static String surname(String russifiedFather, boolean male) {
    char last = Character.toLowerCase(russifiedFather.charAt(russifiedFather.length() - 1));
    boolean vowel = "аеиоуыэюяй".indexOf(last) >= 0;
    return russifiedFather + (vowel ? "ев" : "ов") + (male ? "" : "а");
  }
}
