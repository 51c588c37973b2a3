package org.guwah.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.guwah.search.SearchField;

/**
 * Runs text through an analyzer and seals each term, keeping position increments. Values of one
 * field are separated by {@value #VALUE_GAP} positions so that no phrase spans two values.
 * Not thread-safe (one instance per document or query clause); holds no clear text after {@link
 * #add} returns.
 */
final class AnalysedTerms {
  static final int VALUE_GAP = 100;

  private final Analyzer analyzer;
  private final TermSealing sealing;
  private final SearchField field;
  private BytesRef[] tokens = new BytesRef[16];
  private int[] increments = new int[16];
  private int size;
  private int pendingGap;

  AnalysedTerms(Analyzer analyzer, TermSealing sealing, SearchField field) {
    this.analyzer = analyzer;
    this.sealing = sealing;
    this.field = field;
  }

  /** Analyses and seals {@code value}, after a gap if it is not the first value. */
  void add(String value) {
    try (TokenStream ts = analyzer.tokenStream(field.code(), value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (size == tokens.length) {
          tokens = Arrays.copyOf(tokens, size * 2);
          increments = Arrays.copyOf(increments, size * 2);
        }
        tokens[size] = sealing.seal(field, term.toString());
        increments[size] = inc.getPositionIncrement() + (size == 0 ? 0 : pendingGap);
        pendingGap = 0;
        size++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in-memory text failed", e);
    }
    if (size > 0) {
      pendingGap = VALUE_GAP;
    }
  }

  int size() {
    return size;
  }

  BytesRef token(int i) {
    return tokens[i];
  }

  int increment(int i) {
    return increments[i];
  }

  SealedTokenStream stream() {
    return new SealedTokenStream(tokens, increments, size);
  }
}
