package org.guwah.names.keys;

import java.util.List;

/**
 * Parts of two names that a {@link NameComparison} paired: indexes into {@link NameKey#tokens()}
 * of each name (more than one when adjacent parts were joined, e.g. {@code Abdu Rehim} against
 * {@code 阿不都热依木}), and their similarity.
 *
 * @param tokensA indexes of the parts of the first name, ascending, not empty
 * @param tokensB indexes of the parts of the second name, ascending, not empty
 * @param similarity phonetic similarity of the paired parts, in [0, 1]
 * @param exact whether the phonetic keys are equal
 */
public record TokenPairing(List<Integer> tokensA, List<Integer> tokensB, double similarity, boolean exact) {
  public TokenPairing {
    tokensA = List.copyOf(tokensA);
    tokensB = List.copyOf(tokensB);
    if (tokensA.isEmpty() || tokensB.isEmpty()) {
      throw new IllegalArgumentException("a pairing needs parts on both sides");
    }
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity must lie in [0, 1]");
    }
  }

  /** E.g. {@code A1~B2 0.93}; holds indexes and numbers only. */
  @Override
  public String toString() {
    return "A" + label(tokensA) + "~B" + label(tokensB) + " "
        + String.format(java.util.Locale.ROOT, "%.2f", similarity) + (exact ? " exact" : "");
  }

  private static String label(List<Integer> indexes) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < indexes.size(); i++) {
      if (i > 0) {
        b.append('+');
      }
      b.append(indexes.get(i) + 1);
    }
    return b.toString();
  }
}
