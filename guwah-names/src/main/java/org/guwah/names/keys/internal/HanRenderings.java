package org.guwah.names.keys.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sounds that Chinese-character renderings of Uyghur and Kazakh names (and their pinyin) lose or
 * change as a habit of the writing system, beyond what the syllable table says of each character
 * (ADR 0013, Consequences). From one rendering it builds a single <em>tolerant</em> reading that
 * puts those sounds back, kept as a phonetic variant next to the literal reading, so that the
 * literal reading still decides when a name has no such sound:
 *
 * <ul>
 *   <li><b>s + consonant.</b> A character that can write a bare s or sh (its final-consonant
 *       reading: 斯 司 思 丝 什) writes it before a syllable that starts with a consonant:
 *       伊斯马伊力 (Ismayil), 阿斯卡尔 (Asqar). A Uyghur word never begins with two consonants,
 *       so at the start of a rendering the i of Is- was elided: 司马义 / 斯马义 (Ismayil), 斯拉木
 *       (Islam) read i + s.
 *   <li><b>No syllable-final m in Chinese.</b> A syllable ending in m is written with an -n
 *       syllable followed by 木 / 姆 for the m: 阿依先木 (Ayshem). An n right before an m is
 *       dropped.
 *   <li><b>A final r or l left out.</b> 阿克玛拉 (Aqmaral), 古丽巴哈 (Gülbahar), 司马义 (Ismayil):
 *       a rendering that ends in a full vowel (not a final-consonant character such as 尔, 力,
 *       提) gets a final {@link Phonemes#HAN_LIQUID}.
 * </ul>
 *
 * <p>Two other habits are handled elsewhere: the l- characters write r too (the l of a syllable
 * is {@link Phonemes#HAN_LIQUID}, see {@link Phonemes#markHanReading}), and 叶 / 耶 for a Kazakh
 * or Russian initial Е ({@code ye} against {@code e}: {@link PhoneticDistance}). Stateless and
 * thread-safe.
 */
final class HanRenderings {
  /**
   * One syllable of a rendering.
   *
   * @param reading the phonemes the literal reading used for it
   * @param coda its final-consonant reading (phonemes ending in {@code @}), or null
   */
  record Syllable(String reading, @Nullable String coda) {
    Syllable {
      if (reading == null) {
        throw new IllegalArgumentException("a syllable needs a reading");
      }
    }
  }

  private HanRenderings() {}

  /**
   * The tolerant reading of a rendering of two or more syllables (doubled phonemes collapsed),
   * or null when none of the habits applies.
   */
  static @Nullable String tolerant(List<Syllable> syllables) {
    int n = syllables.size();
    if (n < 2) {
      return null;
    }
    String[] parts = new String[n];
    for (int k = 0; k < n; k++) {
      parts[k] = syllables.get(k).reading();
    }
    boolean changed = false;
    String firstCoda = syllables.get(0).coda();
    if (firstCoda != null
        && isSibilantCoda(firstCoda)
        && startsWithConsonant(parts[1])) {
      parts[0] = "i" + firstCoda;
      changed = true;
    }
    for (int k = 1; k + 1 < n; k++) {
      String coda = syllables.get(k).coda();
      if (coda != null && isSibilantCoda(coda) && startsWithConsonant(parts[k + 1])) {
        parts[k] = coda;
        changed = true;
      }
    }
    for (int k = 0; k + 1 < n; k++) {
      String p = parts[k];
      if (p.length() > 1 && p.charAt(p.length() - 1) == 'n' && parts[k + 1].startsWith("m")) {
        parts[k] = p.substring(0, p.length() - 1);
        changed = true;
      }
    }
    String last = parts[n - 1];
    if (!last.isEmpty()) {
      char end = last.charAt(last.length() - 1);
      if (Phonemes.isVowel(end) && end != Phonemes.EPENTHETIC) {
        parts[n - 1] = last + Phonemes.HAN_LIQUID;
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    StringBuilder b = new StringBuilder(32);
    for (String p : parts) {
      b.append(p);
    }
    Phonemes.collapseDoubles(b, 0);
    return b.toString();
  }

  /** s@ or sh@: a character that can write a bare s or sh. */
  private static boolean isSibilantCoda(String coda) {
    return coda.length() == 2
        && (coda.charAt(0) == 's' || coda.charAt(0) == 'S')
        && coda.charAt(1) == Phonemes.EPENTHETIC;
  }

  private static boolean startsWithConsonant(String reading) {
    return !reading.isEmpty() && Phonemes.blockingClass(reading.charAt(0)) != 0;
  }
}
