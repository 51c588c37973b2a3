package org.guwah.names.keys.internal;

/**
 * The phoneme alphabet of the keys: one ASCII character per Uyghur sound, so that a phonetic key
 * is a plain string.
 *
 * <table>
 *   <caption>Phoneme codes</caption>
 *   <tr><th>code</th><th>ULY</th><th>kind</th></tr>
 *   <tr><td>a e E i o O u U</td><td>a e é i o ö u ü</td><td>vowels</td></tr>
 *   <tr><td>@</td><td>(none)</td><td>vowel a Chinese rendering adds after a final consonant</td></tr>
 *   <tr><td>y w v</td><td>y w v</td><td>semivowels</td></tr>
 *   <tr><td>h x</td><td>h x (kh)</td><td>weak consonants, often dropped by other scripts</td></tr>
 *   <tr><td>b p f t d k q g G s S z Z j C l r m n N</td>
 *       <td>b p f t d k q g gh s sh z zh j ch l r m n ng</td><td>consonants</td></tr>
 *   <tr><td>L</td><td>l or r</td><td>a liquid written by a Chinese character or pinyin syllable
 *       with initial l (拉 writes la and ra: 巴拉提 Barat, 克里木 Kérim), or a final r or l a
 *       Chinese rendering left out (阿克玛拉 Aqmaral)</td></tr>
 *   <tr><td>R</td><td>r</td><td>an r written by a Chinese character that writes only r (尔, 热,
 *       日): compares as r, and unlike an l- character, not as l</td></tr>
 * </table>
 *
 * <p>Blocking classes (the coarse key): P = b p f; T = t d; K = k q g gh; S = s sh z zh j ch;
 * L = l r (also L R); M = m; N = n ng. Vowels, semivowels and weak consonants have no class and
 * are left out of the coarse key. Stateless and thread-safe.
 */
public final class Phonemes {
  /** The vowel Chinese adds after a syllable-final consonant (提 for final t). */
  public static final char EPENTHETIC = '@';

  /**
   * A liquid from a Chinese rendering: Chinese l- characters write Uyghur l and r alike, and a
   * rendering may leave out a final r or l. Compares as l or r.
   */
  public static final char HAN_LIQUID = 'L';

  /** An r of a Chinese rendering written with an r-only character (尔, 热, 日, 若): an r. */
  public static final char HAN_R = 'R';

  private static final String VOWELS = "aeEioOuU@";
  private static final String SEMIVOWELS = "ywv";
  private static final String WEAK = "hx";
  private static final char[] CLASS = new char[128];

  static {
    assign("bpf", 'P');
    assign("td", 'T');
    assign("kqgG", 'K');
    assign("sSzZjC", 'S');
    assign("lrLR", 'L');
    assign("m", 'M');
    assign("nN", 'N');
  }

  private Phonemes() {}

  private static void assign(String phonemes, char cls) {
    for (int i = 0; i < phonemes.length(); i++) {
      CLASS[phonemes.charAt(i)] = cls;
    }
  }

  /** Whether {@code p} is a vowel (including the epenthetic vowel). */
  public static boolean isVowel(char p) {
    return VOWELS.indexOf(p) >= 0;
  }

  /** Whether {@code p} is y, w or v. */
  public static boolean isSemivowel(char p) {
    return SEMIVOWELS.indexOf(p) >= 0;
  }

  /** Whether {@code p} is h or x. */
  public static boolean isWeak(char p) {
    return WEAK.indexOf(p) >= 0;
  }

  /** The blocking class of a phoneme, or 0 for vowels, semivowels and weak consonants. */
  public static char blockingClass(char p) {
    return p < 128 ? CLASS[p] : 0;
  }

  /**
   * Parses ULY-style Latin (lower case; digraphs ch gh ng sh zh; é or ë for é; ö ü) into
   * phonemes, appending to {@code out}. Letters outside the alphabet and apostrophes are skipped.
   */
  public static void parseUly(CharSequence uly, StringBuilder out) {
    int n = uly.length();
    for (int i = 0; i < n; i++) {
      char c = uly.charAt(i);
      char next = i + 1 < n ? uly.charAt(i + 1) : 0;
      switch (c) {
        case 'c':
          if (next == 'h') {
            out.append('C');
            i++;
          } else {
            out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
          }
          break;
        case 'g':
          if (next == 'h') {
            out.append('G');
            i++;
          } else {
            out.append('g');
          }
          break;
        case 'n':
          if (next == 'g') {
            out.append('N');
            i++;
          } else {
            out.append('n');
          }
          break;
        case 's':
          if (next == 'h') {
            out.append('S');
            i++;
          } else {
            out.append('s');
          }
          break;
        case 'z':
          if (next == 'h') {
            out.append('Z');
            i++;
          } else {
            out.append('z');
          }
          break;
        case 'k':
          if (next == 'h') {
            out.append('x');
            i++;
          } else {
            out.append('k');
          }
          break;
        case 'é':
        case 'ë':
          out.append('E');
          break;
        case 'ö':
          out.append('O');
          break;
        case 'ü':
          out.append('U');
          break;
        case '@':
          out.append(EPENTHETIC);
          break;
        default:
          if ((c >= 'a' && c <= 'z')) {
            out.append(c);
          }
      }
    }
  }

  /**
   * Marks the liquids of the reading of one Chinese character or pinyin syllable: an {@code r}
   * becomes {@link #HAN_R}, since the characters that write r write only r; the {@code l} of a
   * syllable becomes {@link #HAN_LIQUID}, since the l- characters write r too (拉 la / ra); the
   * {@code l} of a final-consonant reading ({@code l@}: 力 at the end of a name) stays l, since a
   * final r has its own character (尔).
   */
  public static String markHanReading(String reading) {
    if (reading.indexOf('l') < 0 && reading.indexOf('r') < 0) {
      return reading;
    }
    boolean coda = reading.endsWith(String.valueOf(EPENTHETIC));
    StringBuilder b = new StringBuilder(reading);
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == 'l' && !coda) {
        b.setCharAt(i, HAN_LIQUID);
      } else if (c == 'r') {
        b.setCharAt(i, HAN_R);
      }
    }
    return b.toString();
  }

  /** Parses ULY-style Latin into a phoneme string. */
  public static String parseUly(CharSequence uly) {
    StringBuilder out = new StringBuilder(uly.length());
    parseUly(uly, out);
    return out.toString();
  }

  /**
   * Renders phonemes as ULY Latin (é, ö, ü, ch, gh, ng, sh, zh). An epenthetic vowel is written
   * as {@code i} only at the end after two consonants (土赫提 → tuxti), otherwise left out.
   */
  public static String renderUly(CharSequence phonemes) {
    StringBuilder out = new StringBuilder(phonemes.length() + 4);
    int n = phonemes.length();
    for (int i = 0; i < n; i++) {
      char p = phonemes.charAt(i);
      switch (p) {
        case 'E':
          out.append('é');
          break;
        case 'O':
          out.append('ö');
          break;
        case 'U':
          out.append('ü');
          break;
        case 'C':
          out.append("ch");
          break;
        case 'G':
          out.append("gh");
          break;
        case 'N':
          out.append("ng");
          break;
        case 'S':
          out.append("sh");
          break;
        case 'Z':
          out.append("zh");
          break;
        case HAN_LIQUID:
          out.append('l');
          break;
        case HAN_R:
          out.append('r');
          break;
        case EPENTHETIC:
          if (i == n - 1 && endsInCluster(phonemes, i)) {
            out.append('i');
          }
          break;
        default:
          out.append(p);
      }
    }
    return out.toString();
  }

  /** Whether the two sounds before {@code end}, not counting epenthetic vowels, are consonants. */
  private static boolean endsInCluster(CharSequence phonemes, int end) {
    int found = 0;
    for (int i = end - 1; i >= 0 && found < 2; i--) {
      char p = phonemes.charAt(i);
      if (p == EPENTHETIC) {
        continue;
      }
      if (!isConsonantLike(p)) {
        return false;
      }
      found++;
    }
    return found == 2;
  }

  private static boolean isConsonantLike(char p) {
    return !isVowel(p) && !isSemivowel(p);
  }

  /**
   * Collapses runs of one repeated phoneme (Memmet → Memet, Saadet → Sadet) in place and returns
   * the new length.
   */
  public static int collapseDoubles(StringBuilder phonemes, int from) {
    int write = from;
    for (int read = from; read < phonemes.length(); read++) {
      char p = phonemes.charAt(read);
      if (write > from && phonemes.charAt(write - 1) == p) {
        continue;
      }
      phonemes.setCharAt(write++, p);
    }
    phonemes.setLength(write);
    return write;
  }

  /** The coarse blocking key: the blocking classes of the consonants, in order. */
  public static String skeleton(CharSequence phonemes) {
    StringBuilder out = new StringBuilder(phonemes.length());
    for (int i = 0; i < phonemes.length(); i++) {
      char cls = blockingClass(phonemes.charAt(i));
      if (cls != 0) {
        out.append(cls);
      }
    }
    return out.toString();
  }
}
