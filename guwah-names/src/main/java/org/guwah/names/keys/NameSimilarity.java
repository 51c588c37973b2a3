package org.guwah.names.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.guwah.names.keys.internal.PhoneticDistance;
import org.guwah.names.keys.internal.Phonemes;
import org.jspecify.annotations.Nullable;

/**
 * Similarity of two names in any scripts, from their {@link NameKey}s.
 *
 * <p>Parts are compared by a weighted edit distance over their phonetic keys (vowels, y, w, h and
 * x cheap; consonants of one blocking class cheap; other consonants a full edit; the vowel
 * Chinese adds after a final consonant almost free), taking the best of the Han variants. The
 * parts of the two names are then paired by the best one-to-one assignment, whatever their order:
 *
 * <pre>
 * score = (sum of weight(paired similarity) + {@value #UNPAIRED_CREDIT} × unpaired parts) / parts of the longer name
 *         − {@value #SWAP_PENALTY} if a given name is paired with a father's or family name (both names of 2+ parts)
 *         − {@value #JOIN_PENALTY} if adjacent parts were joined
 * weight(s) = s if s ≥ {@value #CLOSE}, else max(0, 2s − {@value #CLOSE})
 * </pre>
 *
 * <p>so a missing father's name costs less than a different one ({@code Memet} against {@code
 * Memet Tursun} scores 0.70, against {@code Memet Abdulla} 0.50), one clearly different part keeps
 * a pair below 0.80 ({@code Alim Tursun} / {@code Salim Tursun}), and {@code Tursunov Mamet} meets
 * {@code Memet Tursun} without a swap penalty because the -ov ending marks the father's name. A part
 * that begins with the whole other part (four sounds or more: Tursun / Tursunjan) scores at least
 * {@value #EXTENSION}. When the names have different numbers of parts,
 * joining two adjacent parts of the longer one, or all parts of both, is also tried (Abdu Rehim /
 * Abdurehim, 麦麦提吐尔逊 without a middle dot).
 *
 * <p>Symmetric ({@code compare(a, b).score() == compare(b, a).score()} exactly), in [0, 1],
 * deterministic. Only the first {@value #MAX_PARTS} parts of each name take part. Stateless and
 * thread-safe.
 */
public final class NameSimilarity {
  /** What an unpaired part (e.g. a missing father's name) contributes instead of a similarity. */
  public static final double UNPAIRED_CREDIT = 0.4;

  /** Deducted when a given name is paired with a father's or family name. */
  public static final double SWAP_PENALTY = 0.12;

  /** Deducted when adjacent parts are joined to meet one part of the other name. */
  public static final double JOIN_PENALTY = 0.03;

  /** Part similarity from which a pairing counts at face value (see {@link #weight}). */
  public static final double CLOSE = 0.85;

  /**
   * Least similarity of a part that begins with the whole of the other (Tursun / Tursunjan,
   * four sounds or more): an extended form of the same name.
   */
  public static final double EXTENSION = 0.75;

  private static final int MIN_EXTENDED = 4;

  /** Parts beyond this number are ignored in comparisons. */
  public static final int MAX_PARTS = 6;

  private static final List<List<Integer>> INDEXES =
      List.of(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4), List.of(5));

  private NameSimilarity() {}

  /**
   * Compares two names given as text: {@code compare(NameKeys.of(a), NameKeys.of(b))}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static NameComparison compare(String a, String b) {
    return compare(NameKeys.of(a), NameKeys.of(b));
  }

  /**
   * Compares two name keys. An empty name scores 0 against anything.
   *
   * @throws NullPointerException if an argument is null
   */
  public static NameComparison compare(NameKey a, NameKey b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<NameToken> ta = cap(a.tokens());
    List<NameToken> tb = cap(b.tokens());
    if (ta.isEmpty() || tb.isEmpty()) {
      return new NameComparison(0.0, List.of(), range(ta.size()), range(tb.size()), false, false);
    }
    return best(ta, tb, null).toComparison();
  }

  /**
   * The score of {@link #compare(NameKey, NameKey)} without the explanation (fewer allocations,
   * for scoring many candidate pairs).
   *
   * @throws NullPointerException if an argument is null
   */
  public static double score(NameKey a, NameKey b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<NameToken> ta = cap(a.tokens());
    List<NameToken> tb = cap(b.tokens());
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0.0;
    }
    return best(ta, tb, null).score;
  }

  /**
   * A scorer that remembers the similarity of every pair of name parts it has compared, for
   * scoring many pairs of names built from few distinct parts (a linkage run over a list: tens of
   * thousands of names, a few thousand distinct parts). Gives exactly the results of {@link
   * #compare(NameKey, NameKey)} and {@link #score(NameKey, NameKey)}.
   *
   * <p>Not thread-safe: use one per thread. Holds parts of names (identity data) in memory only.
   */
  public static Scorer scorer() {
    return new Scorer(18);
  }

  /** See {@link #scorer()}. */
  public static final class Scorer {
    private final String[] first;
    private final String[] second;
    private final double[] values;
    private final int shift;

    private Scorer(int bits) {
      first = new String[1 << bits];
      second = new String[1 << bits];
      values = new double[1 << bits];
      shift = 32 - bits;
    }

    /** Like {@link NameSimilarity#score(NameKey, NameKey)}. */
    public double score(NameKey a, NameKey b) {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      List<NameToken> ta = cap(a.tokens());
      List<NameToken> tb = cap(b.tokens());
      if (ta.isEmpty() || tb.isEmpty()) {
        return 0.0;
      }
      return best(ta, tb, this).score;
    }

    /** Like {@link NameSimilarity#compare(NameKey, NameKey)}. */
    public NameComparison compare(NameKey a, NameKey b) {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      List<NameToken> ta = cap(a.tokens());
      List<NameToken> tb = cap(b.tokens());
      if (ta.isEmpty() || tb.isEmpty()) {
        return new NameComparison(0.0, List.of(), range(ta.size()), range(tb.size()), false, false);
      }
      return best(ta, tb, this).toComparison();
    }

    /** The phonetic similarity of two keys, remembered (direct-mapped; a clash recomputes). */
    double keySimilarity(String ka, String kb) {
      boolean ordered = ka.compareTo(kb) <= 0;
      String x = ordered ? ka : kb;
      String y = ordered ? kb : ka;
      int slot = ((x.hashCode() * 31 + y.hashCode()) * 0x9E3779B9) >>> shift;
      if (x.equals(first[slot]) && y.equals(second[slot])) {
        return values[slot];
      }
      double v = PhoneticDistance.similarity(x, y);
      first[slot] = x;
      second[slot] = y;
      values[slot] = v;
      return v;
    }
  }

  private static Candidate best(List<NameToken> ta, List<NameToken> tb, @Nullable Scorer memo) {
    List<Group> ga = singles(ta);
    List<Group> gb = singles(tb);
    Candidate best = assign(ga, gb, 0.0, memo);
    if (ta.size() != tb.size() && best.score < 1.0) {
      boolean aLonger = ta.size() > tb.size();
      List<NameToken> longer = aLonger ? ta : tb;
      for (int i = 0; i + 1 < longer.size(); i++) {
        List<Group> joined = joinedAt(longer, i);
        Candidate c =
            aLonger
                ? assign(joined, gb, JOIN_PENALTY, memo)
                : assign(ga, joined, JOIN_PENALTY, memo);
        best = better(best, c);
      }
      boolean allJoinSeen = Math.min(ta.size(), tb.size()) == 1 && longer.size() == 2;
      if (!allJoinSeen) {
        best = better(best, assign(List.of(all(ta)), List.of(all(tb)), JOIN_PENALTY, memo));
      }
    }
    return best;
  }

  private static List<NameToken> cap(List<NameToken> tokens) {
    return tokens.size() > MAX_PARTS ? tokens.subList(0, MAX_PARTS) : tokens;
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /** One part, or adjacent parts joined. */
  private static final class Group {
    final List<Integer> indexes;
    final List<String> keys;
    final TokenRole role;

    Group(List<Integer> indexes, List<String> keys, TokenRole role) {
      this.indexes = indexes;
      this.keys = keys;
      this.role = role;
    }
  }

  private static List<Group> singles(List<NameToken> tokens) {
    List<Group> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      out.add(new Group(INDEXES.get(i), t.allPhoneticKeys(), t.role()));
    }
    return out;
  }

  private static List<Group> joinedAt(List<NameToken> tokens, int at) {
    List<Group> out = new ArrayList<>(tokens.size() - 1);
    List<Group> singles = singles(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      if (i == at) {
        NameToken t = tokens.get(i);
        out.add(
            new Group(
                List.of(i, i + 1),
                List.of(t.phoneticKey() + tokens.get(i + 1).phoneticKey()),
                t.role()));
        i++;
      } else {
        out.add(singles.get(i));
      }
    }
    return out;
  }

  private static Group all(List<NameToken> tokens) {
    StringBuilder key = new StringBuilder();
    for (NameToken t : tokens) {
      key.append(t.phoneticKey());
    }
    return new Group(range(tokens.size()), List.of(key.toString()), tokens.get(0).role());
  }

  private static boolean isExtension(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.length() < MIN_EXTENDED) {
      return false;
    }
    for (int i = 0; i < shorter.length(); i++) {
      if (!sameSound(shorter.charAt(i), longer.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Equal phonemes, or l / r and the same liquid of a Chinese rendering. */
  private static boolean sameSound(char x, char y) {
    return x == y || plain(x) == plain(y);
  }

  private static char plain(char p) {
    return p == Phonemes.HAN_LIQUID ? 'l' : p == Phonemes.HAN_R ? 'r' : p;
  }

  private static double similarity(Group a, Group b, @Nullable Scorer memo) {
    double best = 0.0;
    for (String ka : a.keys) {
      for (String kb : b.keys) {
        double s =
            ka.equals(kb)
                ? 1.0
                : memo != null ? memo.keySimilarity(ka, kb) : PhoneticDistance.similarity(ka, kb);
        if (s < EXTENSION && isExtension(ka, kb)) {
          s = EXTENSION;
        }
        if (s > best) {
          best = s;
        }
      }
    }
    return best;
  }

  /**
   * What a paired part contributes: its similarity when at least {@value #CLOSE}, below that
   * falling twice as fast, so that one clearly different part (Alim / Salim) keeps a name with
   * an identical other part below the usual match thresholds.
   */
  static double weight(double similarity) {
    return similarity >= CLOSE ? similarity : Math.max(0.0, 2 * similarity - CLOSE);
  }

  private static boolean swapped(TokenRole a, TokenRole b) {
    return (a == TokenRole.GIVEN && b.isForebear()) || (b == TokenRole.GIVEN && a.isForebear());
  }

  /** The best assignment between two lists of groups. */
  private static Candidate assign(
      List<Group> ga, List<Group> gb, double penalty, @Nullable Scorer memo) {
    boolean aSmaller = ga.size() <= gb.size();
    List<Group> small = aSmaller ? ga : gb;
    List<Group> large = aSmaller ? gb : ga;
    int ns = small.size();
    int nl = large.size();
    double[][] sim = new double[ns][nl];
    boolean[][] swap = new boolean[ns][nl];
    boolean rolesCount = ns >= 2; // one part alone has no order to swap
    for (int i = 0; i < ns; i++) {
      for (int j = 0; j < nl; j++) {
        sim[i][j] = similarity(small.get(i), large.get(j), memo);
        swap[i][j] = rolesCount && swapped(small.get(i).role, large.get(j).role);
      }
    }
    Search search = new Search(sim, swap, nl);
    search.run(0, new int[ns], new boolean[nl]);
    double score = search.bestScore - penalty;
    score = score < 0 ? 0 : Math.min(1.0, score);
    return new Candidate(score, aSmaller, small, large, sim, search.bestMapping, search.bestSwapped,
        penalty > 0);
  }

  /** Exhaustive search over injections from the smaller list into the larger (at most 720). */
  private static final class Search {
    final double[][] sim;
    final boolean[][] swap;
    final int nl;
    double bestScore = -1;
    boolean bestSwapped;
    int[] bestMapping;

    Search(double[][] sim, boolean[][] swap, int nl) {
      this.sim = sim;
      this.swap = swap;
      this.nl = nl;
      this.bestMapping = new int[sim.length];
    }

    void run(int i, int[] mapping, boolean[] used) {
      if (i == sim.length) {
        evaluate(mapping);
        return;
      }
      for (int j = 0; j < nl; j++) {
        if (!used[j]) {
          used[j] = true;
          mapping[i] = j;
          run(i + 1, mapping, used);
          used[j] = false;
        }
      }
    }

    private void evaluate(int[] mapping) {
      double[] values = new double[mapping.length];
      boolean anySwap = false;
      for (int i = 0; i < mapping.length; i++) {
        values[i] = weight(sim[i][mapping[i]]);
        anySwap |= swap[i][mapping[i]];
      }
      Arrays.sort(values); // an order-free sum keeps compare(a, b) == compare(b, a) exactly
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      int unpaired = nl - mapping.length;
      double score = (sum + UNPAIRED_CREDIT * unpaired) / nl - (anySwap ? SWAP_PENALTY : 0.0);
      if (score > bestScore) {
        bestScore = score;
        bestSwapped = anySwap;
        bestMapping = mapping.clone();
      }
    }
  }

  /** The best assignment of one pair of group lists; the explanation is built on demand. */
  private static final class Candidate {
    final double score;
    final boolean aSmaller;
    final List<Group> small;
    final List<Group> large;
    final double[][] sim;
    final int[] mapping;
    final boolean swapped;
    final boolean joined;

    Candidate(
        double score,
        boolean aSmaller,
        List<Group> small,
        List<Group> large,
        double[][] sim,
        int[] mapping,
        boolean swapped,
        boolean joined) {
      this.score = score;
      this.aSmaller = aSmaller;
      this.small = small;
      this.large = large;
      this.sim = sim;
      this.mapping = mapping;
      this.swapped = swapped;
      this.joined = joined;
    }

    NameComparison toComparison() {
      List<TokenPairing> pairings = new ArrayList<>(small.size());
      boolean[] usedLarge = new boolean[large.size()];
      for (int i = 0; i < small.size(); i++) {
        int j = mapping[i];
        usedLarge[j] = true;
        Group gs = small.get(i);
        Group gl = large.get(j);
        boolean exact = gs.keys.get(0).equals(gl.keys.get(0));
        pairings.add(
            aSmaller
                ? new TokenPairing(gs.indexes, gl.indexes, sim[i][j], exact)
                : new TokenPairing(gl.indexes, gs.indexes, sim[i][j], exact));
      }
      List<Integer> unmatchedLarge = new ArrayList<>();
      for (int j = 0; j < large.size(); j++) {
        if (!usedLarge[j]) {
          unmatchedLarge.addAll(large.get(j).indexes);
        }
      }
      return new NameComparison(
          score,
          pairings,
          aSmaller ? List.of() : unmatchedLarge,
          aSmaller ? unmatchedLarge : List.of(),
          swapped,
          joined);
    }
  }

  private static Candidate better(Candidate a, Candidate b) {
    return b.score > a.score ? b : a;
  }
}
