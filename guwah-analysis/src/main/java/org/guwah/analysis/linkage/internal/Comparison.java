package org.guwah.analysis.linkage.internal;

import org.guwah.analysis.linkage.Field;
import org.guwah.names.keys.NameKey;
import org.guwah.names.keys.NameSimilarity;

/**
 * Field comparators: the agreement level of each {@link Field} for a pair of prepared records,
 * packed into one int ("pattern", mixed radix, missing = the field's level count). Name scores
 * are remembered in a small direct-mapped cache keyed by the pair of distinct names, so records
 * sharing names (namesakes, one person in several lists) cost one comparison.
 *
 * <p>Not thread-safe (the cache): use one instance per thread.
 */
public final class Comparison {
  /** Name score thresholds of the levels exact, strong, good (partial and weak: see {@link #nameLevel}). */
  static final double[] NAME_CUTS = {0.985, 0.92, 0.84};

  /** Least similarity of every paired part for one name to count as contained in the other. */
  static final double CONTAINED_PART = 0.8;

  /** Least score of a weak name agreement. */
  static final double WEAK = 0.5;

  /**
   * A paired part below this similarity is clearly another name: two names that share one part
   * and differ clearly in another (brothers share their father's name) are different, not weak.
   */
  static final double CLEARLY_DIFFERENT_PART = 0.6;

  private static final Field[] FIELDS = Field.values();
  private static final int[] RADIX = new int[FIELDS.length];
  private static final int[] STRIDE = new int[FIELDS.length];
  /** Number of distinct patterns. */
  public static final int PATTERNS;

  static {
    int stride = 1;
    for (Field f : FIELDS) {
      RADIX[f.ordinal()] = f.levelCount() + 1;
      STRIDE[f.ordinal()] = stride;
      stride *= f.levelCount() + 1;
    }
    PATTERNS = stride;
  }

  private static final int CACHE_BITS = 16;
  private static final int CACHE_MASK = (1 << CACHE_BITS) - 1;

  private final Prepared p;
  private final long[] cacheKeys = new long[1 << CACHE_BITS];
  private final float[] cacheScores = new float[1 << CACHE_BITS];
  private final byte[] cacheLevels = new byte[1 << CACHE_BITS];
  private final NameSimilarity.Scorer scorer = NameSimilarity.scorer();
  private final byte[] id = new byte[18];
  private final byte[] other = new byte[18];

  public Comparison(Prepared p) {
    this.p = p;
    java.util.Arrays.fill(cacheKeys, -1L);
  }

  /** The level of {@code field} in a pattern ({@link Field#MISSING} when missing). */
  public static int level(int pattern, Field field) {
    int l = pattern / STRIDE[field.ordinal()] % RADIX[field.ordinal()];
    return l == field.levelCount() ? Field.MISSING : l;
  }

  /** Packs per-field levels into a pattern. */
  public static int pattern(int[] levels) {
    int pattern = 0;
    for (Field f : FIELDS) {
      int l = levels[f.ordinal()];
      pattern += (l == Field.MISSING ? f.levelCount() : l) * STRIDE[f.ordinal()];
    }
    return pattern;
  }

  /** The pattern of records {@code a} and {@code b}. */
  public int pattern(int a, int b) {
    return code(Field.NAME, name(a, b))
        + code(Field.BIRTH, birth(a, b))
        + code(Field.SEX, sex(a, b))
        + code(Field.PLACE, place(a, b))
        + code(Field.ID, id(a, b));
  }

  private static int code(Field f, int level) {
    return (level == Field.MISSING ? f.levelCount() : level) * STRIDE[f.ordinal()];
  }

  /** The name similarity of two records (0 when either has no name). */
  public double nameScore(int a, int b) {
    int slot = lookup(a, b);
    return slot < 0 ? (slot == -1 ? 0 : 1) : cacheScores[slot];
  }

  /** Name level. */
  public int name(int a, int b) {
    int slot = lookup(a, b);
    if (slot == -1) {
      return Field.MISSING;
    }
    return slot == -2 ? 0 : cacheLevels[slot];
  }

  /** The cache slot holding the names of a and b (computed if absent); -1 missing, -2 same name. */
  private int lookup(int a, int b) {
    int na = p.nameId[a];
    int nb = p.nameId[b];
    if (na < 0 || nb < 0) {
      return -1;
    }
    if (na == nb) {
      return -2;
    }
    long key = na < nb ? ((long) na << 32) | nb : ((long) nb << 32) | na;
    int slot = (int) (Hash64.finish(key) & CACHE_MASK);
    if (cacheKeys[slot] != key) {
      NameKey[] best = bestKeys(na, nb);
      double s = scorer.score(best[0], best[1]);
      cacheKeys[slot] = key;
      cacheScores[slot] = (float) s;
      cacheLevels[slot] =
          (byte)
              (s >= NAME_CUTS[2] || s < WEAK
                  ? nameLevel(s, null)
                  : nameLevel(s, scorer.compare(best[0], best[1])));
    }
    return slot;
  }

  /**
   * The level of a name comparison: exact, strong and good by score; below that, <em>partial</em>
   * when one name is contained in the other (every part of one is paired, each at least {@value
   * #CONTAINED_PART}, and only the other has parts left over: a missing father's name),
   * <em>weak</em> from {@value #WEAK} when no paired part is clearly another name (every part
   * roughly alike: a poor transcription), else <em>different</em> (e.g. the same father's name and
   * another given name: brothers).
   *
   * @param comparison the explained comparison, needed for scores between {@value #WEAK} and the
   *     good level only
   */
  public static int nameLevel(double score, org.guwah.names.keys.@org.jspecify.annotations.Nullable NameComparison comparison) {
    for (int i = 0; i < NAME_CUTS.length; i++) {
      if (score >= NAME_CUTS[i]) {
        return i;
      }
    }
    if (score < WEAK) {
      return 5;
    }
    if (comparison == null) {
      return 4;
    }
    if (contained(comparison)) {
      return 3;
    }
    for (org.guwah.names.keys.TokenPairing t : comparison.pairings()) {
      if (t.similarity() < CLEARLY_DIFFERENT_PART) {
        return 5;
      }
    }
    return 4;
  }

  private static boolean contained(org.guwah.names.keys.NameComparison c) {
    if (c.pairings().isEmpty() || (!c.unmatchedA().isEmpty() && !c.unmatchedB().isEmpty())) {
      return false;
    }
    if (c.unmatchedA().isEmpty() && c.unmatchedB().isEmpty()) {
      return false;
    }
    for (org.guwah.names.keys.TokenPairing t : c.pairings()) {
      if (t.similarity() < CONTAINED_PART) {
        return false;
      }
    }
    return true;
  }

  /** The keys of two records' names, or of a split of an unseparated Chinese rendering, that agree best. */
  public NameKey[] bestKeysOf(int a, int b) {
    return bestKeys(p.nameId[a], p.nameId[b]);
  }

  private NameKey[] bestKeys(int na, int nb) {
    NameKey[] best = {p.names[na], p.names[nb]};
    double score = scorer.score(best[0], best[1]);
    if (p.splits[na] != null) {
      for (NameKey k : p.splits[na]) {
        double s = scorer.score(k, p.names[nb]);
        if (s > score) {
          score = s;
          best = new NameKey[] {k, p.names[nb]};
        }
      }
    }
    if (p.splits[nb] != null) {
      for (NameKey k : p.splits[nb]) {
        double s = scorer.score(p.names[na], k);
        if (s > score) {
          score = s;
          best = new NameKey[] {p.names[na], k};
        }
      }
    }
    return best;
  }

  /** Birth level. */
  public int birth(int a, int b) {
    return birthLevel(p.birth[a], p.birth[b]);
  }

  /** Birth level of two packed dates. */
  public static int birthLevel(int x, int y) {
    int ya = BirthDates.year(x);
    int yb = BirthDates.year(y);
    if (ya == 0 || yb == 0) {
      return Field.MISSING;
    }
    int dy = Math.abs(ya - yb);
    boolean full = BirthDates.isFull(x) && BirthDates.isFull(y);
    if (full) {
      if (x == y) {
        return 0; // exact_date
      }
      if (closeDates(x, y)) {
        return 1; // close_date
      }
      if (dy == 0) {
        return 4; // same_year_other_date
      }
      return dy == 1 ? 3 : 5;
    }
    if (dy == 0) {
      return 2; // same_year
    }
    return dy == 1 ? 3 : 5;
  }

  /**
   * Whether two birth dates cannot be one person's: both full, and neither equal nor close (see
   * {@link #closeDates}).
   */
  public static boolean datesConflict(int x, int y) {
    return BirthDates.isFull(x) && BirthDates.isFull(y) && x != y && !closeDates(x, y);
  }

  /** Day and month swapped, one digit different or two adjacent digits swapped, or a year apart on the same day. */
  static boolean closeDates(int x, int y) {
    int ya = BirthDates.year(x);
    int yb = BirthDates.year(y);
    int ma = BirthDates.month(x);
    int mb = BirthDates.month(y);
    int da = BirthDates.day(x);
    int db = BirthDates.day(y);
    if (ya == yb && ma == db && da == mb) {
      return true;
    }
    if (ma == mb && da == db && Math.abs(ya - yb) == 1) {
      return true;
    }
    // the eight digits YYYYMMDD: one differs, or two adjacent ones are swapped
    int diffs = 0;
    int first = -1;
    int[] ga = new int[8];
    int[] gb = new int[8];
    for (int i = 7, u = x, v = y; i >= 0; i--, u /= 10, v /= 10) {
      ga[i] = u % 10;
      gb[i] = v % 10;
    }
    for (int i = 0; i < 8; i++) {
      if (ga[i] != gb[i]) {
        diffs++;
        if (first < 0) {
          first = i;
        }
      }
    }
    return diffs == 1
        || (diffs == 2 && first < 7 && ga[first] == gb[first + 1] && ga[first + 1] == gb[first]);
  }

  /** Sex level. */
  public int sex(int a, int b) {
    if (p.sex[a] == 0 || p.sex[b] == 0) {
      return Field.MISSING;
    }
    return p.sex[a] == p.sex[b] ? 0 : 1;
  }

  /** Place level: the best agreement over the codes each record has (place column, ID). */
  public int place(int a, int b) {
    int best = Field.MISSING;
    int[] ca = {p.place[a], p.idCounty[a]};
    int[] cb = {p.place[b], p.idCounty[b]};
    for (int x : ca) {
      for (int y : cb) {
        if (x == 0 || y == 0) {
          continue;
        }
        int level;
        if (x >= 100_000 && y >= 100_000 && x == y) {
          level = 0;
        } else if (Gazetteer.prefecture(x) == Gazetteer.prefecture(y)) {
          level = 1;
        } else {
          level = 3;
        }
        if (best == Field.MISSING || level < best) {
          best = level;
        }
      }
    }
    if (best != Field.MISSING) {
      return best;
    }
    long ta = p.placeText[a];
    long tb = p.placeText[b];
    if (ta != 0 && tb != 0) {
      return ta == tb ? 2 : 3;
    }
    return Field.MISSING;
  }

  /** ID level. */
  public int id(int a, int b) {
    byte ka = p.idKind[a];
    byte kb = p.idKind[b];
    if (ka == IdNumbers.NONE || kb == IdNumbers.NONE) {
      return Field.MISSING;
    }
    int ta = p.idTrusted[a];
    int tb = p.idTrusted[b];
    long da = p.idDigits[a];
    long db = p.idDigits[b];
    if (ta >= 17 && tb >= 17) {
      if (da == db) {
        return p.idCheck[a] == p.idCheck[b] ? 0 : 2;
      }
      if (p.idCertain[a] && p.idCertain[b]) {
        return 3; // two IDs vouched for by their check characters: two people
      }
      return oneEdit(da, p.idCheck[a], db, p.idCheck[b]) ? 2 : 3;
    }
    int t = Math.min(ta, tb);
    if (t < 14) {
      return Field.MISSING;
    }
    long scale = IdNumbers.pow10(17 - t);
    return da / scale == db / scale ? 1 : 3;
  }

  private boolean oneEdit(long da, byte ca, long db, byte cb) {
    IdNumbers.chars(da, ca, id);
    IdNumbers.chars(db, cb, other);
    int first = -1;
    int diffs = 0;
    for (int i = 0; i < 18; i++) {
      if (id[i] != other[i]) {
        if (first < 0) {
          first = i;
        }
        diffs++;
      }
    }
    if (diffs == 1) {
      return true;
    }
    return diffs == 2
        && first + 1 < 18
        && id[first] == other[first + 1]
        && id[first + 1] == other[first];
  }

  /** Whether two records may share a cluster as far as hard facts go (guards of one pair). */
  public String conflict(int a, int b) {
    if (p.idCertain[a] && p.idCertain[b] && p.idDigits[a] != p.idDigits[b]) {
      return "valid_id_conflict";
    }
    if (p.sex[a] != 0 && p.sex[b] != 0 && p.sex[a] != p.sex[b]) {
      return "sex_conflict";
    }
    int ya = p.year(a);
    int yb = p.year(b);
    if (ya != 0 && yb != 0 && Math.abs(ya - yb) > 2) {
      return "birth_year_conflict";
    }
    if (datesConflict(p.birth[a], p.birth[b])) {
      return "birth_date_conflict";
    }
    return "";
  }
}
