package org.guwah.search.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chain of every text field and every query, in this order:
 *
 * <ol>
 *   <li><b>NFKC with case folding</b> ({@code nfkc_cf}, ICU's {@code NFKC_Casefold}, as a char
 *       filter before segmentation): full-width and compatibility forms, Arabic presentation
 *       forms (U+FB50–U+FDFF, U+FE70–U+FEFF, including the Uyghur/Kazakh/Kirghiz alef maksura
 *       forms U+FBE8/U+FBE9) fold to the base letters, case folds, and default-ignorable
 *       characters (ZWJ, ZWNJ, bidi controls, soft hyphen) are removed. It does <em>not</em>
 *       merge ى U+0649 and ي U+064A, nor touch the Uyghur letters ە ې ۆ ۈ ڭ ھ or the Kazakh ә ғ
 *       қ ң ө ұ ү һ і. Lucene's {@code ICUFoldingFilter} (UTR #30) is not used because it does
 *       merge ى and ي and strips accents (é → e, ö → o) that are distinct letters here.
 *   <li><b>Script mappings</b>: tatweel U+0640 removed (before segmentation, since a leading
 *       tatweel would otherwise become a token of its own); Turkish dotted/dotless i: İ (which
 *       case-folds to {@code i} + U+0307) and ı become {@code i}, so İstanbul, istanbul, ISTANBUL
 *       and ıstanbul find each other (this merges Turkish ı and i, as users who type without a
 *       Turkish keyboard expect); Cyrillic ё → е (Russian writing omits the dots; Kazakh and
 *       Uyghur Cyrillic letters are untouched); apostrophes ({@code '} and U+2018, U+2019, U+02BC,
 *       U+02BB, U+0060) become word breaks, so Turkish İstanbul'da is found by istanbul, and ULY
 *       sa'adet / sa’adet are the phrase "sa adet" whichever apostrophe was typed.
 *   <li><b>ICU word segmentation</b> ({@link ICUTokenizer} with {@link ScriptTokenizerConfig}):
 *       UAX #29 per script run, dictionaries for Chinese and Japanese.
 *   <li><b>CJK bigrams</b> ({@link CJKBigramFilter} over Han, Hiragana, Katakana, Hangul): a run
 *       of CJK characters becomes its overlapping bigrams, so a two-character word inside a
 *       longer unspaced run is found. The indexing analyzer also emits every character as a
 *       unigram (bigrams at the position of their first character), so a one-character query
 *       finds it too; the query analyzer then drops the unigrams that a bigram covers ({@link
 *       CoveredUnigramFilter}) but keeps their positions, so a multi-character query is a phrase
 *       of bigrams that lines up with the index, also when other words follow the run.
 * </ol>
 *
 * <p>No stemming, no stop words, no accent folding: é/e, ö/o, ü/u and ى/ي stay distinct. Prefix,
 * wildcard and fuzzy matching are impossible anyway, because the index holds keyed tokens only.
 *
 * <p>Any change to this chain, to ICU's Unicode data or to Lucene's analysis changes the terms;
 * {@link #fingerprint()} names all three and is recorded beside every index, so that an index
 * built by another chain is refused until rebuilt. Thread-safe (Lucene reuses components per
 * thread). Never logs.
 */
public final class SearchAnalyzer extends Analyzer {
  /** Version of this chain; raise it whenever the chain changes. */
  public static final String VERSION = "1";

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final int CJK_SCRIPTS =
      CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
  private static final NormalizeCharMap SCRIPT_MAP = scriptMap();

  private final boolean indexing;

  private SearchAnalyzer(boolean indexing) {
    this.indexing = indexing;
  }

  /** The chain for documents: CJK unigrams and bigrams. */
  public static SearchAnalyzer forIndexing() {
    return new SearchAnalyzer(true);
  }

  /**
   * The chain for queries: CJK bigrams only (a lone CJK character stays a unigram), at the
   * positions the indexing chain gives the same text.
   */
  public static SearchAnalyzer forQueries() {
    return new SearchAnalyzer(false);
  }

  /**
   * Names the chain version, the ICU and Unicode versions and the Lucene version; two indexes
   * whose fingerprints differ may hold different terms for the same text.
   */
  public static String fingerprint() {
    return "guwah-analyzer-" + VERSION
        + ";icu-" + VersionInfo.ICU_VERSION
        + ";unicode-" + UCharacter.getUnicodeVersion()
        + ";lucene-" + org.apache.lucene.util.Version.LATEST;
  }

  /**
   * The terms of {@code text} in order (bigrams and unigrams as the chain emits them), for tests
   * and diagnostics. The result holds text-derived values: never log it.
   *
   * @throws UncheckedIOException never in practice (the input is in memory)
   */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in-memory text failed", e);
    }
    return List.copyOf(out);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(SCRIPT_MAP, new ICUNormalizer2CharFilter(reader, NFKC_CF));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ICUTokenizer(ScriptTokenizerConfig.INSTANCE);
    TokenStream stream = new CJKBigramFilter(tokenizer, CJK_SCRIPTS, true);
    if (!indexing) {
      stream = new CoveredUnigramFilter(stream);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  private static NormalizeCharMap scriptMap() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    b.add("\u0640", ""); // tatweel
    b.add("i\u0307", "i"); // İ after case folding
    b.add("\u0131", "i"); // dotless ı
    b.add("\u0451", "\u0435"); // ё → е
    for (String apostrophe : new String[] {"'", "\u2018", "\u2019", "\u02BC", "\u02BB", "\u0060"}) {
      b.add(apostrophe, " ");
    }
    return b.build();
  }
}
