package org.guwah.search.analysis;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;

/**
 * Word segmentation for {@link org.apache.lucene.analysis.icu.segmentation.ICUTokenizer} on ICU's
 * own root word-break rules (UAX #29 with dictionaries for Chinese, Japanese, Thai, Lao, Khmer and
 * Burmese), and token types that {@link org.apache.lucene.analysis.cjk.CJKBigramFilter}
 * recognises.
 *
 * <p>Why not Lucene's {@code DefaultICUTokenizerConfig}: Lucene 9.12.3 ships its break rules
 * compiled for ICU 74 ({@code Default.brk}, {@code MyanmarSyllable.brk}); ICU4J 79.1, the version
 * this project pins, refuses them ("Header authentication failed"). The root rules segment Han
 * text into dictionary words instead of single characters, which makes no difference after the
 * bigram filter: the filter forms bigrams across adjacent ideographic tokens, so a run like
 * 拘留营 yields 拘留 and 留营 whichever way it was segmented.
 *
 * <p>Types: rule status 100–199 → {@code <NUM>}; {@value #EMOJI_STATUS} → {@code <EMOJI>};
 * otherwise by script: Han → {@code <IDEOGRAPHIC>}, Hiragana → {@code <HIRAGANA>}, Katakana →
 * {@code <KATAKANA>}, Hangul → {@code <HANGUL>}, anything else → {@code <ALPHANUM>}. Thread-safe
 * (stateless; every call returns a new break iterator).
 */
final class ScriptTokenizerConfig extends ICUTokenizerConfig {
  static final ScriptTokenizerConfig INSTANCE = new ScriptTokenizerConfig();

  private static final int EMOJI_STATUS = ICUTokenizerConfig.EMOJI_SEQUENCE_STATUS;

  private ScriptTokenizerConfig() {}

  @Override
  public RuleBasedBreakIterator getBreakIterator(int script) {
    return (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);
  }

  @Override
  public String getType(int script, int ruleStatus) {
    if (ruleStatus >= RuleBasedBreakIterator.WORD_NUMBER && ruleStatus < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
      return "<NUM>";
    }
    if (ruleStatus == EMOJI_STATUS) {
      return "<EMOJI>";
    }
    switch (script) {
      case UScript.HAN:
        return "<IDEOGRAPHIC>";
      case UScript.HIRAGANA:
        return "<HIRAGANA>";
      case UScript.KATAKANA:
        return "<KATAKANA>";
      case UScript.HANGUL:
        return "<HANGUL>";
      default:
        return "<ALPHANUM>";
    }
  }

  @Override
  public boolean combineCJ() {
    return false;
  }
}
