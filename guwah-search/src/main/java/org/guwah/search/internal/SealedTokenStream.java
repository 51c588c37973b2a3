package org.guwah.search.internal;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Replays sealed tokens with their position increments as a binary-term token stream (no text,
 * no offsets). May be consumed more than once: {@link #reset()} starts again. Not thread-safe.
 */
final class SealedTokenStream extends TokenStream {
  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final BytesRef[] tokens;
  private final int[] increments;
  private final int size;
  private int next;

  SealedTokenStream(BytesRef[] tokens, int[] increments, int size) {
    this.tokens = tokens;
    this.increments = increments;
    this.size = size;
  }

  int size() {
    return size;
  }

  @Override
  public boolean incrementToken() {
    if (next >= size) {
      return false;
    }
    clearAttributes();
    term.setBytesRef(tokens[next]);
    increment.setPositionIncrement(increments[next]);
    next++;
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
