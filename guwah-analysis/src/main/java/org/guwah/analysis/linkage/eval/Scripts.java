package org.guwah.analysis.linkage.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generator's own renderers: Uyghur Latin (ULY) into Uyghur Arabic script, Uyghur Cyrillic,
 * Yéngi Yéziq, Turkish and English-style spellings; Cyrillic into Russian spelling with surname
 * and patronymic endings; Chinese characters per syllable and their pinyin. Letter tables follow
 * NAMES.md §3 but are written here, independently of {@code guwah-names}.
 */
final class Scripts {
  private Scripts() {}

  /** ULY letters as units: digraphs first. */
  static List<String> letters(String uly) {
    String s = uly.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (i + 1 < s.length()) {
        String two = s.substring(i, i + 2);
        boolean compound = two.equals("ng") && s.startsWith("gül", i + 1); // Tursun+gül: n, g
        if (two.equals("ch") || two.equals("zh") || two.equals("sh") || two.equals("gh")
            || (two.equals("ng") && !compound)) {
          out.add(two);
          i += 2;
          continue;
        }
      }
      out.add(s.substring(i, i + 1));
      i++;
    }
    return out;
  }

  private static boolean vowel(String l) {
    return "aeéiouöü".contains(l) && l.length() == 1;
  }

  /** Uyghur Arabic script (UEY) for a ULY word. */
  static String arabic(String uly) {
    StringBuilder b = new StringBuilder();
    List<String> ls = letters(uly);
    for (int i = 0; i < ls.size(); i++) {
      String l = ls.get(i);
      if (l.equals("'")) {
        continue;
      }
      boolean afterVowelOrStart = i == 0 || vowel(ls.get(i - 1)) || ls.get(i - 1).equals("'");
      if (vowel(l) && afterVowelOrStart) {
        b.append('ئ');
      }
      b.append(
          switch (l) {
            case "a" -> "ا";
            case "e" -> "ە";
            case "é" -> "ې";
            case "i" -> "ى";
            case "o" -> "و";
            case "u" -> "ۇ";
            case "ö" -> "ۆ";
            case "ü" -> "ۈ";
            case "b" -> "ب";
            case "p" -> "پ";
            case "t" -> "ت";
            case "j" -> "ج";
            case "ch" -> "چ";
            case "x" -> "خ";
            case "d" -> "د";
            case "r" -> "ر";
            case "z" -> "ز";
            case "zh" -> "ژ";
            case "s" -> "س";
            case "sh" -> "ش";
            case "gh" -> "غ";
            case "f" -> "ف";
            case "q" -> "ق";
            case "k" -> "ك";
            case "g" -> "گ";
            case "ng" -> "ڭ";
            case "l" -> "ل";
            case "m" -> "م";
            case "n" -> "ن";
            case "h" -> "ھ";
            case "w", "v" -> "ۋ";
            case "y" -> "ي";
            default -> "";
          });
    }
    return b.toString();
  }

  /** Uyghur Cyrillic for a ULY word. */
  static String cyrillic(String uly) {
    StringBuilder b = new StringBuilder();
    List<String> ls = letters(uly);
    for (int i = 0; i < ls.size(); i++) {
      String l = ls.get(i);
      String next = i + 1 < ls.size() ? ls.get(i + 1) : "";
      if (l.equals("y") && next.equals("a")) {
        b.append('я');
        i++;
        continue;
      }
      if (l.equals("y") && next.equals("u")) {
        b.append('ю');
        i++;
        continue;
      }
      b.append(
          switch (l) {
            case "a" -> "а";
            case "e" -> "ә";
            case "é" -> "е";
            case "i" -> "и";
            case "o" -> "о";
            case "u" -> "у";
            case "ö" -> "ө";
            case "ü" -> "ү";
            case "b" -> "б";
            case "p" -> "п";
            case "t" -> "т";
            case "j" -> "җ";
            case "ch" -> "ч";
            case "x" -> "х";
            case "d" -> "д";
            case "r" -> "р";
            case "z" -> "з";
            case "zh" -> "ж";
            case "s" -> "с";
            case "sh" -> "ш";
            case "gh" -> "ғ";
            case "f" -> "ф";
            case "q" -> "қ";
            case "k" -> "к";
            case "g" -> "г";
            case "ng" -> "ң";
            case "l" -> "л";
            case "m" -> "м";
            case "n" -> "н";
            case "h" -> "һ";
            case "w", "v" -> "в";
            case "y" -> "й";
            default -> "";
          });
    }
    return capitalise(b.toString());
  }

  /** Yéngi Yéziq (the 1960s–80s Latin): q = ch, x = sh, ⱪ = q, h = x, ⱨ = h, ƣ = gh, ə = e. */
  static String yengiYeziq(String uly) {
    StringBuilder b = new StringBuilder();
    for (String l : letters(uly)) {
      b.append(
          switch (l) {
            case "ch" -> "q";
            case "sh" -> "x";
            case "q" -> "ⱪ";
            case "x" -> "h";
            case "h" -> "ⱨ";
            case "gh" -> "ƣ";
            case "zh" -> "ⱬ";
            case "e" -> "ə";
            case "é" -> "e";
            case "ö" -> "ɵ";
            default -> l;
          });
    }
    return capitalise(b.toString());
  }

  /** Turkish orthography: ç ş ğ, c for j, j for zh, v for w, h for x, k for q, İ. */
  static String turkish(String uly) {
    StringBuilder b = new StringBuilder();
    for (String l : letters(uly)) {
      b.append(
          switch (l) {
            case "ch" -> "ç";
            case "sh" -> "ş";
            case "gh" -> "ğ";
            case "j" -> "c";
            case "zh" -> "j";
            case "w" -> "v";
            case "x" -> "h";
            case "q" -> "k";
            case "é" -> "e";
            default -> l;
          });
    }
    String s = b.toString();
    return s.startsWith("i") ? "İ" + s.substring(1) : capitalise(s);
  }

  /** An English-style spelling (passports, news, NGO lists); varies with {@code rnd}. */
  static String english(String uly, SplittableRandom rnd) {
    boolean kh = rnd.nextInt(10) < 6;
    boolean k = rnd.nextBoolean();
    boolean g = rnd.nextBoolean();
    boolean aForE = rnd.nextInt(10) < 3;
    boolean v = rnd.nextInt(10) < 2;
    StringBuilder b = new StringBuilder();
    for (String l : letters(uly)) {
      b.append(
          switch (l) {
            case "é" -> "e";
            case "ö" -> "o";
            case "ü" -> "u";
            case "x" -> kh ? "kh" : "h";
            case "q" -> k ? "k" : "q";
            case "gh" -> g ? "g" : "gh";
            case "zh" -> "j";
            case "w" -> v ? "v" : "w";
            case "e" -> aForE && rnd.nextInt(10) < 6 ? "a" : "e";
            case "'" -> "";
            default -> l;
          });
    }
    return capitalise(b.toString());
  }

  /** Plain passport Latin: diacritics dropped, x written kh. */
  static String plain(String uly) {
    StringBuilder b = new StringBuilder();
    for (String l : letters(uly)) {
      b.append(
          switch (l) {
            case "é" -> "e";
            case "ö" -> "o";
            case "ü" -> "u";
            case "x" -> "kh";
            case "'" -> "";
            default -> l;
          });
    }
    return capitalise(b.toString());
  }

  /** ULY with ë for é (the common variant). */
  static String ulyWithDiaeresis(String uly) {
    return uly.replace('é', 'ë').replace('É', 'Ë');
  }

  /** Russian spelling of Uyghur or Kazakh Cyrillic. */
  static String russian(String cyrillic) {
    StringBuilder b = new StringBuilder(cyrillic.length() + 2);
    for (int i = 0; i < cyrillic.length(); i++) {
      char c = cyrillic.charAt(i);
      b.append(
          switch (c) {
            case 'ә' -> "е";
            case 'Ә' -> "А";
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
          });
    }
    return b.toString();
  }

  /** A Russian-style surname from a father's name: -ов / -ова, -ев / -ева after a vowel. */
  static String surname(String russianFather, boolean male) {
    char last = Character.toLowerCase(russianFather.charAt(russianFather.length() - 1));
    boolean vowel = "аеиоуыэюяй".indexOf(last) >= 0;
    String stem = last == 'а' || last == 'я' ? russianFather.substring(0, russianFather.length() - 1) : russianFather;
    return (vowel ? stem + "ев" : russianFather + "ов") + (male ? "" : "а");
  }

  /** A Russian patronymic: -ович / -овна (-евич / -евна after a vowel). */
  static String patronymic(String russianFather, boolean male) {
    char last = Character.toLowerCase(russianFather.charAt(russianFather.length() - 1));
    boolean vowel = "аеиоуыэюяй".indexOf(last) >= 0;
    String stem = vowel ? russianFather.substring(0, russianFather.length() - 1) + "ев" : russianFather + "ов";
    return stem + (male ? "ич" : "на");
  }

  /** Chinese characters for a pool name: standard (or legacy) forms, sometimes a homophone. */
  static String hanzi(PoolName name, boolean legacy, double homophone, SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    for (String syllable : name.hanzi().split(" ")) {
      String[] options = syllable.split("/");
      int pick = legacy && options.length > 1 ? 1 : 0;
      if (options.length > 1 && rnd.nextDouble() < homophone) {
        pick = rnd.nextInt(options.length);
      }
      b.append(options[pick]);
    }
    return b.toString();
  }

  /** Pinyin of Chinese characters written together, capitalised (麦麦提 → Maimaiti). */
  static String pinyin(String hanzi) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < hanzi.length(); i++) {
      String p = NamePool.PINYIN.get(hanzi.charAt(i));
      if (p == null) {
        throw new IllegalStateException("no pinyin for a pool character at " + i);
      }
      b.append(p);
    }
    return capitalise(b.toString());
  }

  static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(s.substring(Character.charCount(first))).toString();
  }

  private static final String LATIN = "abdefghiklmnoprstuyz";
  private static final String CYRILLIC = "абвгдеийклмнопрстухш";
  private static final String ARABIC = "ابتجدرزسشغفقكگلمنوۇىيە";

  /**
   * One typing error in a name (FEBRL/GeCo-style): substitution, deletion, insertion or adjacent
   * transposition, rarely on the first letter of a part (Pollock and Zamora). Chinese characters
   * are left alone (their errors are homophones, handled by {@link #hanzi}).
   */
  static String typo(String name, SplittableRandom rnd) {
    int[] cps = name.codePoints().toArray();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < cps.length; i++) {
      boolean letter = Character.isLetter(cps[i]) && Character.UnicodeScript.of(cps[i]) != Character.UnicodeScript.HAN;
      boolean first = i == 0 || !Character.isLetter(cps[i - 1]);
      if (letter && (!first || rnd.nextInt(10) == 0)) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return name;
    }
    int at = positions.get(rnd.nextInt(positions.size()));
    Character.UnicodeScript script = Character.UnicodeScript.of(cps[at]);
    String alphabet =
        script == Character.UnicodeScript.CYRILLIC
            ? CYRILLIC
            : script == Character.UnicodeScript.ARABIC ? ARABIC : LATIN;
    StringBuilder b = new StringBuilder();
    int op = rnd.nextInt(4);
    for (int i = 0; i < cps.length; i++) {
      if (i != at) {
        b.appendCodePoint(cps[i]);
        continue;
      }
      boolean upper = Character.isUpperCase(cps[i]);
      int replacement = alphabet.charAt(rnd.nextInt(alphabet.length()));
      if (upper) {
        replacement = Character.toUpperCase(replacement);
      }
      switch (op) {
        case 0 -> b.appendCodePoint(replacement);
        case 1 -> { }
        case 2 -> b.appendCodePoint(cps[i]).appendCodePoint(Character.toLowerCase(replacement));
        default -> {
          if (i + 1 < cps.length && Character.isLetter(cps[i + 1])) {
            b.appendCodePoint(cps[i + 1]).appendCodePoint(cps[i]);
            i++;
          } else {
            b.appendCodePoint(cps[i]).appendCodePoint(cps[i]);
          }
        }
      }
    }
    String out = b.toString();
    return out.isBlank() ? name : out;
  }
}
