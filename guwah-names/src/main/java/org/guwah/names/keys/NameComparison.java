package org.guwah.names.keys;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link NameSimilarity#compare}: a score in [0, 1] and how it was reached.
 *
 * @param score similarity of the two names; 1 for the same phonetic keys in the same roles
 * @param pairings the parts paired, best assignment first found
 * @param unmatchedA indexes of parts of the first name left without a partner
 * @param unmatchedB indexes of parts of the second name left without a partner
 * @param orderSwapped whether a given name was paired with a father's or family name (Tursun Memet
 *     against Memet Tursun); the score then carries {@link NameSimilarity#SWAP_PENALTY}
 * @param partsJoined whether adjacent parts of one name were joined to meet one part of the other
 *     (Abdu Rehim, or a Chinese rendering without a middle dot)
 */
public record NameComparison(
    double score,
    List<TokenPairing> pairings,
    List<Integer> unmatchedA,
    List<Integer> unmatchedB,
    boolean orderSwapped,
    boolean partsJoined) {
  public NameComparison {
    pairings = List.copyOf(pairings);
    unmatchedA = List.copyOf(unmatchedA);
    unmatchedB = List.copyOf(unmatchedB);
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must lie in [0, 1]");
    }
  }

  /**
   * A one-line explanation without any name, e.g. {@code 0.92: A1~B2 1.00 exact, A2~B1 1.00
   * exact; order swapped}.
   */
  public String explain() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.2f:", score));
    if (pairings.isEmpty()) {
      b.append(" nothing paired");
    }
    for (int i = 0; i < pairings.size(); i++) {
      b.append(i == 0 ? " " : ", ").append(pairings.get(i));
    }
    if (!unmatchedA.isEmpty() || !unmatchedB.isEmpty()) {
      b.append("; unpaired");
      for (int i : unmatchedA) {
        b.append(" A").append(i + 1);
      }
      for (int i : unmatchedB) {
        b.append(" B").append(i + 1);
      }
    }
    if (orderSwapped) {
      b.append("; order swapped");
    }
    if (partsJoined) {
      b.append("; parts joined");
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "NameComparison[" + explain() + "]";
  }
}
