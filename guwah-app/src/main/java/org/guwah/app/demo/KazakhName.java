package org.guwah.app.demo;

/**
 * A common Kazakh given name in Kazakh Cyrillic, Kazakh Latin and a Chinese-character rendering.
 * The father's name becomes a patronymic with {@code -ұлы}/{@code -қызы} ({@code -uly}/{@code
 * -qyzy}), or in Russianised form a surname with {@code -ов}/{@code -ова}.
 */
record KazakhName(boolean male, String cyrillic, String latin, String hanzi) {
  String patronymicCyrillic(boolean ofSon) {
    return cyrillic + (ofSon ? "ұлы" : "қызы");
  }

  String patronymicLatin(boolean ofSon) {
    return latin + (ofSon ? "uly" : "qyzy");
  }

  String russified() {
    return RussianSpelling.word(cyrillic);
  }
}
