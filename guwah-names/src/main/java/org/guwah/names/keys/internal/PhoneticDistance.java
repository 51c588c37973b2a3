package org.guwah.names.keys.internal;

/**
 * A weighted edit distance between phoneme strings (see {@link Phonemes}), tuned for spellings of
 * one name across scripts: vowels, semivowels and h/x are cheap to change or drop, consonants of
 * one blocking class are cheap to swap, other consonants cost a full edit. The liquid of a
 * Chinese l- character ({@link Phonemes#HAN_LIQUID}) is l at no cost and r almost free, though
 * not the r of an r-only character ({@link Phonemes#HAN_R}: 阿迪力 Adil and 喀迪尔 Qadir stay
 * apart); an initial y before e or é is cheap to drop (Kazakh and Russian initial Е is ye:
 * 叶尔兰, Yerlan, Erlan).
 *
 * <p>Costs are symmetric, so {@code distance(a, b) == distance(b, a)} exactly. Stateless and
 * thread-safe; {@link #similarity} allocates two small rows per call.
 */
public final class PhoneticDistance {
  /** Inputs longer than this are cut before comparison (keys are capped anyway). */
  public static final int MAX_LENGTH = 48;

  /**
   * Lengths beyond this do not dilute a difference further: two consonant edits make long names
   * different as surely as short ones (Abdurehim / Abdukerim).
   */
  private static final int SCALE_CAP = 6;

  private static final float FIRST_LETTER_THRESHOLD = 0.35f;
  /** Two adjacent phonemes swapped (Dilshat / Dislhat), the commonest keyboard slip after one wrong key. */
  private static final float TRANSPOSE = 0.6f;
  private static final float FIRST_LETTER_MAX = 1.5f;
  private static final double SCALE = 0.75;

  private static final int SIZE = 128;
  private static final float[][] SUBSTITUTE = new float[SIZE][SIZE];
  private static final float[] INDEL = new float[SIZE];
  private static final String ALL = "aeEioOuU@ywvhxbpftdkqgGsSzZjClLrRmnN";

  /** Dropping the y of an initial ye / yé (Е is ye at the start of a word). */
  private static final float INITIAL_YE = 0.3f;

  static {
    for (int i = 0; i < ALL.length(); i++) {
      char a = ALL.charAt(i);
      INDEL[a] = indelCost(a);
      for (int j = 0; j < ALL.length(); j++) {
        char b = ALL.charAt(j);
        SUBSTITUTE[a][b] = a == b ? 0f : substituteCost(a, b);
      }
    }
    // Unknown codes (never produced) cost a full edit.
    for (int a = 0; a < SIZE; a++) {
      if (INDEL[a] == 0f) {
        INDEL[a] = 1f;
      }
      for (int b = 0; b < SIZE; b++) {
        if (a != b && SUBSTITUTE[a][b] == 0f) {
          SUBSTITUTE[a][b] = 1f;
        }
      }
    }
    // The liquids of a Chinese rendering are the l and r they are written as.
    SUBSTITUTE[Phonemes.HAN_LIQUID]['l'] = 0f;
    SUBSTITUTE['l'][Phonemes.HAN_LIQUID] = 0f;
    SUBSTITUTE[Phonemes.HAN_R]['r'] = 0f;
    SUBSTITUTE['r'][Phonemes.HAN_R] = 0f;
  }

  private PhoneticDistance() {}

  private static float indelCost(char p) {
    if (p == Phonemes.EPENTHETIC) {
      return 0.05f;
    }
    if (Phonemes.isVowel(p) || Phonemes.isSemivowel(p) || Phonemes.isWeak(p)) {
      return 0.3f;
    }
    return 1f;
  }

  /** Cost of deleting {@code p} at {@code position} of a string of {@code length} phonemes. */
  static float indel(char p, int position, int length) {
    float base = p < SIZE ? INDEL[p] : 1f;
    if (position == length - 1 && Phonemes.isVowel(p)) {
      return base * 0.5f; // a final vowel is often dropped or added (Turdi / Turd, 提 ti / t)
    }
    if (position == 0 && Phonemes.isSemivowel(p)) {
      return 0.9f; // Ali / Wali: an initial semivowel is a real difference
    }
    if (position == 0 && base >= 1f) {
      return 1.5f; // Alim / Salim: first letters are rarely wrong
    }
    return base;
  }

  private static float substituteCost(char a, char b) {
    if (a == Phonemes.EPENTHETIC || b == Phonemes.EPENTHETIC) {
      return Phonemes.isVowel(a) && Phonemes.isVowel(b) ? 0.1f : 1f;
    }
    if (Phonemes.isVowel(a) && Phonemes.isVowel(b)) {
      return vowelCost(a, b);
    }
    String pair = a < b ? "" + a + b : "" + b + a;
    switch (pair) {
      // the liquid of a Chinese rendering: l- characters write r (拉 la / ra)
      case "Lr":
        return 0.05f;
      // vowel / semivowel
      case "iy":
      case "Ey":
      case "uw":
      case "vw":
        return 0.15f;
      case "Uy":
      case "Uw":
      case "Ow":
      case "ow":
      case "uv":
        return 0.2f;
      case "wy":
        return 0.3f;
      // weak consonants
      case "hx":
        return 0.1f;
      case "hk":
      case "hq":
      case "Gh":
      case "gh":
      case "kx":
      case "qx":
      case "Gx":
      case "gx":
        return 0.7f; // Kazakh қ written 哈 is covered by the Han variants
      // one blocking class
      case "dt":
      case "kq":
      case "Gg":
      case "Zj":
      case "Nn":
        return 0.15f;
      case "bp":
      case "fp":
      case "Ss":
      case "Zz":
      case "Cj":
      case "Gq":
        return 0.2f;
      case "gk":
      case "sz":
      case "SZ":
      case "js":
      case "jz":
      case "Sj":
        return 0.25f;
      case "bf":
      case "gq":
      case "Gk":
      case "CS":
        return 0.3f;
      case "lr":
        return 0.35f;
      default:
        break;
    }
    if ((Phonemes.isWeak(a) && (Phonemes.isVowel(b) || Phonemes.isSemivowel(b)))
        || (Phonemes.isWeak(b) && (Phonemes.isVowel(a) || Phonemes.isSemivowel(a)))) {
      return 0.3f; // 阿不都热依木: h rendered as 依
    }
    if (Phonemes.isVowel(a) || Phonemes.isVowel(b)) {
      return Phonemes.isSemivowel(a) || Phonemes.isSemivowel(b) ? 0.35f : 1f;
    }
    if (Phonemes.isSemivowel(a) && Phonemes.isSemivowel(b)) {
      return 0.3f;
    }
    char ca = Phonemes.blockingClass(a);
    return ca != 0 && ca == Phonemes.blockingClass(b) ? 0.35f : 1f;
  }

  /** Vowels: front/back and rounded features; a/e is the common English and Turkish confusion. */
  private static float vowelCost(char a, char b) {
    String pair = a < b ? "" + a + b : "" + b + a;
    switch (pair) {
      case "Ee":
      case "OU":
      case "Uu":
      case "Oo":
        return 0.1f;
      case "ae":
      case "Ei":
      case "ou":
        return 0.15f;
      case "Ou":
      case "Uo":
        return 0.2f;
      case "ei":
      case "Ea":
        return 0.25f;
      case "Ui":
      case "iu":
        return 0.35f;
      default:
        return 0.5f;
    }
  }

  /**
   * The weighted edit distance between two phoneme strings (each cut at {@link #MAX_LENGTH}), with
   * adjacent transpositions (optimal string alignment) at {@value #TRANSPOSE}.
   */
  public static float distance(CharSequence a, CharSequence b) {
    int n = Math.min(a.length(), MAX_LENGTH);
    int m = Math.min(b.length(), MAX_LENGTH);
    char[] cb = new char[m];
    float[] insert = new float[m];
    float[] beforePrevious = new float[m + 1];
    float[] previous = new float[m + 1];
    float[] current = new float[m + 1];
    char previousA = 0;
    for (int j = 0; j < m; j++) {
      cb[j] = code(b, j);
    }
    for (int j = 0; j < m; j++) {
      insert[j] = j == 0 && initialYe(cb, m) ? INITIAL_YE : indel(cb[j], j, m);
      previous[j + 1] = previous[j] + insert[j];
    }
    boolean aInitialYe = n > 1 && code(a, 0) == 'y' && isE(code(a, 1));
    for (int i = 1; i <= n; i++) {
      char ca = code(a, i - 1);
      float deleteA = i == 1 && aInitialYe ? INITIAL_YE : indel(ca, i - 1, n);
      current[0] = previous[0] + deleteA;
      float[] row = SUBSTITUTE[ca];
      for (int j = 1; j <= m; j++) {
        float substitute = row[cb[j - 1]];
        if ((i == 1 || j == 1) && substitute >= FIRST_LETTER_THRESHOLD) {
          substitute = Math.min(FIRST_LETTER_MAX, substitute * 2f); // Hasim / Qasim, Ehmet / Memet
        }
        float best = previous[j - 1] + substitute;
        float del = previous[j] + deleteA;
        if (del < best) {
          best = del;
        }
        float ins = current[j - 1] + insert[j - 1];
        if (ins < best) {
          best = ins;
        }
        if (i > 1 && j > 1 && ca != cb[j - 1] && ca == cb[j - 2] && previousA == cb[j - 1]) {
          float transpose = beforePrevious[j - 2] + TRANSPOSE;
          if (transpose < best) {
            best = transpose;
          }
        }
        current[j] = best;
      }
      float[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
      previousA = ca;
    }
    return previous[m];
  }

  private static boolean initialYe(char[] s, int length) {
    return length > 1 && s[0] == 'y' && isE(s[1]);
  }

  private static boolean isE(char p) {
    return p == 'e' || p == 'E';
  }

  private static boolean contentEquals(CharSequence a, CharSequence b, int n) {
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static char code(CharSequence s, int i) {
    char c = s.charAt(i);
    return c < SIZE ? c : 0;
  }

  /**
   * Similarity in [0, 1]: 1 minus the distance relative to the longer string; 1 for two empty
   * strings.
   */
  public static double similarity(CharSequence a, CharSequence b) {
    int n = Math.min(a.length(), MAX_LENGTH);
    int m = Math.min(b.length(), MAX_LENGTH);
    if (n == 0 && m == 0) {
      return 1.0;
    }
    if (n == m && contentEquals(a, b, n)) {
      return 1.0;
    }
    double scale = SCALE * Math.min(Math.max(n, m), SCALE_CAP);
    double s = 1.0 - distance(a, b) / scale;
    return s < 0 ? 0 : s;
  }
}
