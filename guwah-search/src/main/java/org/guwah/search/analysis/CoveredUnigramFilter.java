package org.guwah.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

/**
 * For queries: drops the CJK unigrams that a bigram covers, keeping lone characters, without
 * changing positions. Input is {@link org.apache.lucene.analysis.cjk.CJKBigramFilter} output with
 * unigrams ({@code U0 B01 U1 B12 U2}, each bigram at its first character's position), so a query
 * occupies exactly the positions the same text occupies in the index: a run of n characters spans
 * n positions either way, and a phrase with words after a CJK run still lines up. Query {@code
 * 失去联系} becomes 失去 去联 联系 at consecutive positions; {@code 疆} stays 疆. Not thread-safe
 * (like every token stream).
 */
final class CoveredUnigramFilter extends TokenFilter {
  private static final String SINGLE = "<SINGLE>";
  private static final String DOUBLE = "<DOUBLE>";

  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private @Nullable State pending;
  private int carry;
  private boolean afterBigram;

  CoveredUnigramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (next()) {
      if (!SINGLE.equals(type.type())) {
        emit(increment.getPositionIncrement());
        afterBigram = DOUBLE.equals(type.type());
        return true;
      }
      int unigramIncrement = increment.getPositionIncrement();
      State unigram = captureState();
      boolean more = next();
      if (more && DOUBLE.equals(type.type()) && increment.getPositionIncrement() == 0) {
        emit(unigramIncrement); // the bigram starting here, at the unigram's position
        afterBigram = true;
        return true;
      }
      if (more) {
        pending = captureState();
      }
      if (afterBigram) { // last character of a run: covered by the bigram before it
        carry += unigramIncrement;
        afterBigram = false;
        continue;
      }
      restoreState(unigram); // a lone character
      emit(unigramIncrement);
      return true;
    }
    return false;
  }

  private boolean next() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      return true;
    }
    return input.incrementToken();
  }

  private void emit(int positionIncrement) {
    increment.setPositionIncrement(positionIncrement + carry);
    carry = 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    carry = 0;
    afterBigram = false;
  }
}
