package org.guwah.names;

/**
 * The writing system of a name, as classified by {@link ScriptDetector#detect(String)}.
 *
 * <p>Only letters count: digits, spaces, punctuation, middle dots, combining marks and invisible
 * controls never decide the result.
 */
public enum DetectedScript {
  /** Arabic script, taken to be Uyghur Arabic script (UEY); Persian or Arabic text lands here too. */
  UEY,
  /** Cyrillic with none of the Kazakh or Uyghur letters ә ғ қ ң ө ұ ү һ і җ (e.g. Russian spelling). */
  CYRILLIC,
  /** Cyrillic with a Kazakh-only letter (ұ or і) and no җ: Kazakh Cyrillic. */
  CYRILLIC_KAZAKH,
  /** Cyrillic with җ and no Kazakh-only letter: Uyghur Cyrillic (UCS). */
  CYRILLIC_UYGHUR,
  /**
   * Cyrillic with letters shared by Kazakh and Uyghur (ә ғ қ ң ө ү һ) only, or with both Kazakh-only
   * and Uyghur-only letters: a Turkic Cyrillic spelling whose language the letters do not settle.
   */
  CYRILLIC_TURKIC,
  /** Chinese characters (Han script). */
  HANZI,
  /**
   * Latin letters that do not settle the orthography: English, Uyghur Latin (ULY), pinyin and
   * others cannot be told apart from letters alone.
   */
  LATIN,
  /** Latin with Turkish / Common Turkic letters (ç ş ğ ı İ) and no Yéngi Yéziq letters. */
  TURKISH,
  /** Latin with Yéngi Yéziq letters (ə ⱨ ⱪ ƣ ɵ ⱬ) and no Turkish letters (UYY). */
  UYY,
  /** Letters of one script not listed above (Greek, Hangul, Kana, …). */
  OTHER,
  /** Letters from two or more of the script families above (e.g. Latin with Cyrillic). */
  MIXED,
  /** No letters at all: empty, or only digits, spaces, punctuation, marks or controls. */
  UNKNOWN;

  /** Whether this is one of the Cyrillic classes. */
  public boolean isCyrillic() {
    return this == CYRILLIC
        || this == CYRILLIC_KAZAKH
        || this == CYRILLIC_UYGHUR
        || this == CYRILLIC_TURKIC;
  }

  /**
   * The code of the {@code name_script} vocabulary a name in this script is recorded under:
   * UEY, UCS, KAZAKH_CYRILLIC, CYRILLIC (Russian spelling, or Turkic Cyrillic the letters do not
   * settle), HANZI, TURKISH, UYY, LATIN, else OTHER.
   */
  public String nameScriptCode() {
    switch (this) {
      case UEY:
      case HANZI:
      case TURKISH:
      case UYY:
      case LATIN:
        return name();
      case CYRILLIC_KAZAKH:
        return "KAZAKH_CYRILLIC";
      case CYRILLIC_UYGHUR:
        return "UCS";
      case CYRILLIC:
      case CYRILLIC_TURKIC:
        return "CYRILLIC";
      default:
        return "OTHER";
    }
  }

  /** Whether this is one of the Latin classes. */
  public boolean isLatin() {
    return this == LATIN || this == TURKISH || this == UYY;
  }
}
