package org.guwah.names.keys.internal;

import org.jspecify.annotations.Nullable;

/**
 * Central Asian and Turkish surname / patronymic endings on a father's (or grandfather's) name:
 * Russian-style -ov / -ova / -ev / -eva (a family name), -ovich / -evich / -ovna / -evna and
 * Kazakh -uly / -kyzy (a patronymic), Turkish -oğlu (a family name). NAMES.md §1: treat
 * {@code Tursunov}, {@code Tursunova} and {@code Tursun} as one name element.
 *
 * <p>Works on phoneme strings ({@link Phonemes}); Cyrillic е arrives as {@code E} and в as
 * {@code w}, Latin v as {@code v}. Stateless and thread-safe.
 */
public final class PatronymicSuffix {
  /** What a stripped ending says about the name part. */
  public enum Kind {
    /** -ovich, -evich, -ovna, -evna, -uly, -kyzy: "son / daughter of". */
    PATRONYMIC,
    /** -ov, -ova, -ev, -eva, -oğlu: a family name made from a forebear's name. */
    FAMILY
  }

  /** A stripped ending: the stem phonemes, the ending as written in ULY letters, its kind. */
  public static final class Match {
    private final String stem;
    private final String suffix;
    private final Kind kind;

    Match(String stem, String suffix, Kind kind) {
      this.stem = stem;
      this.suffix = suffix;
      this.kind = kind;
    }

    public String stem() {
      return stem;
    }

    public String suffix() {
      return suffix;
    }

    public Kind kind() {
      return kind;
    }
  }

  private static final String[][] ENDINGS = {
    // phonemes, canonical ending, kind (longest first)
    {"owiC", "ovich", "P"}, {"oviC", "ovich", "P"}, {"EwiC", "evich", "P"}, {"eviC", "evich", "P"},
    {"ewiC", "evich", "P"}, {"owna", "ovna", "P"}, {"ovna", "ovna", "P"}, {"Ewna", "evna", "P"},
    {"evna", "evna", "P"}, {"ewna", "evna", "P"}, {"kizi", "kyzy", "P"}, {"qizi", "kyzy", "P"},
    {"oGlu", "oglu", "F"}, {"oglu", "oglu", "F"}, {"oGli", "oglu", "F"}, {"ogli", "oglu", "F"},
    {"uli", "uly", "P"}, {"owa", "ova", "F"}, {"ova", "ova", "F"}, {"Ewa", "eva", "F"},
    {"eva", "eva", "F"}, {"ewa", "eva", "F"}, {"ow", "ov", "F"}, {"ov", "ov", "F"},
    {"Ew", "ev", "F"}, {"ev", "ev", "F"}, {"ew", "ev", "F"}
  };

  private static final int MIN_STEM = 3;

  private PatronymicSuffix() {}

  /** The ending of {@code phonemes}, or null when it has none (or the stem would be too short). */
  public static @Nullable Match strip(String phonemes) {
    for (String[] ending : ENDINGS) {
      if (!phonemes.endsWith(ending[0])) {
        continue;
      }
      String stem = phonemes.substring(0, phonemes.length() - ending[0].length());
      if (stem.length() >= 2
          && stem.charAt(stem.length() - 1) == 'y'
          && Phonemes.isVowel(stem.charAt(stem.length() - 2))) {
        stem = stem.substring(0, stem.length() - 1); // Aliyev, Abdullayev
      }
      if (stem.length() < MIN_STEM || !hasVowel(stem)) {
        return null;
      }
      return new Match(stem, ending[1], ending[2].equals("P") ? Kind.PATRONYMIC : Kind.FAMILY);
    }
    return null;
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Phonemes.isVowel(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
