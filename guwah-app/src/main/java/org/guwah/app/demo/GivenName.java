package org.guwah.app.demo;

import org.jspecify.annotations.Nullable;

/**
 * A common Uyghur given name in the scripts it appears in (NAMES.md §2–4): Uyghur Arabic (UEY),
 * Uyghur Latin (ULY, with {@code é} for ې), Uyghur Cyrillic (UCS), the standard Chinese-character
 * rendering (DB65/T 2189-2005) with its legacy form where one exists, and the Turkish spelling.
 */
record GivenName(
    boolean male, String uly, String uey, String ucs, String hanzi, @Nullable String hanziLegacy, String turkish) {

  /** The Chinese rendering: legacy form if asked and one exists, else the standard one. */
  String hanzi(boolean legacy) {
    return legacy && hanziLegacy != null ? hanziLegacy : hanzi;
  }

  /** Passport-style plain Latin: ULY without diacritics, {@code x} written {@code kh}. */
  String latin() {
    StringBuilder sb = new StringBuilder(uly.length() + 2);
    for (int i = 0; i < uly.length(); i++) {
      char c = uly.charAt(i);
      switch (c) {
        case 'é', 'ë' -> sb.append('e');
        case 'ö' -> sb.append('o');
        case 'ü' -> sb.append('u');
        case 'Ö' -> sb.append('O');
        case 'Ü' -> sb.append('U');
        case 'x' -> sb.append("kh");
        case 'X' -> sb.append("Kh");
        case '\'' -> { }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Russianised Cyrillic spelling (Central Asian documents): Uyghur-only letters replaced. */
  String russified() {
    StringBuilder sb = new StringBuilder(ucs.length() + 2);
    for (int i = 0; i < ucs.length(); i++) {
      sb.append(RussianSpelling.letter(ucs.charAt(i)));
    }
    return sb.toString();
  }
}
