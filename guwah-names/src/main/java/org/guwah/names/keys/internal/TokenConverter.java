package org.guwah.names.keys.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import org.guwah.names.DetectedScript;
import org.guwah.names.ScriptDetector;
import org.jspecify.annotations.Nullable;

/**
 * Turns one normalised name token (from {@code NameNormalizer.tokens}) into phonemes: splits it
 * into runs of one script, converts each run (Latin folding or pinyin, Uyghur Arabic and Cyrillic
 * through the letter tables, Han through the syllable table, anything else through ICU
 * {@code Any-Latin}), collapses doubled phonemes, and strips a patronymic ending from Latin and
 * Cyrillic tokens.
 *
 * <p>Variants beside the reading: other classes of ambiguous Han characters; for a Chinese
 * rendering or its pinyin, the {@linkplain HanRenderings tolerant reading} that puts back what
 * Chinese loses (an elided initial i, an m written n, a left-out final r or l); for a Latin part
 * read as pinyin, its ordinary reading; for a bare {@code c} in a Latin name without other
 * Turkish letters, the Turkish reading (c = j: Cappar is Jappar); {@code ng} before a vowel as n +
 * g. Stateless and thread-safe; never throws for a non-null token.
 */
public final class TokenConverter {
  /** Longest token (in UTF-16 units) that is converted; the rest is ignored. */
  public static final int MAX_TOKEN_CHARS = 64;

  private static final int MAX_VARIANT_POINTS = 2;
  private static final int MAX_VARIANTS = 4;

  /** The conversion of one token. */
  public static final class Form {
    private final String phonemes;
    private final List<String> variants;
    private final DetectedScript script;
    private final boolean pinyin;
    private final PatronymicSuffix.@Nullable Match suffix;

    Form(
        String phonemes,
        List<String> variants,
        DetectedScript script,
        boolean pinyin,
        PatronymicSuffix.@Nullable Match suffix) {
      this.phonemes = phonemes;
      this.variants = List.copyOf(variants);
      this.script = script;
      this.pinyin = pinyin;
      this.suffix = suffix;
    }

    /** The phonemes (after any patronymic ending is stripped). */
    public String phonemes() {
      return phonemes;
    }

    /** Alternative phoneme strings (without {@link #phonemes()}); see the class comment. */
    public List<String> variants() {
      return variants;
    }

    public DetectedScript script() {
      return script;
    }

    /** Whether a Latin token was read as pinyin. */
    public boolean pinyin() {
      return pinyin;
    }

    public PatronymicSuffix.@Nullable Match suffix() {
      return suffix;
    }
  }

  private TokenConverter() {}

  /**
   * Converts {@code token} (lower case, NFKC, no spaces) read with {@code latinMode}.
   *
   * @param latinMode how to read Latin letters (from the script of the whole name)
   */
  public static Form convert(String token, LatinFolding.Mode latinMode) {
    String t = token.length() > MAX_TOKEN_CHARS ? cut(token) : token;
    DetectedScript script = ScriptDetector.detect(t);
    if (script == DetectedScript.LATIN && latinMode == LatinFolding.Mode.TURKISH) {
      script = DetectedScript.TURKISH;
    } else if (script == DetectedScript.LATIN && latinMode == LatinFolding.Mode.YENGI_YEZIQ) {
      script = DetectedScript.UYY;
    }
    StringBuilder uly = new StringBuilder(t.length() + 8);
    StringBuilder phonemes = new StringBuilder(t.length() + 8);
    List<int[]> variantPoints = new ArrayList<>(MAX_VARIANT_POINTS);
    List<List<String>> variantReadings = new ArrayList<>(MAX_VARIANT_POINTS);
    boolean pinyin = false;
    String plainReading = null;
    String turkishReading = null;
    List<HanRenderings.Syllable> syllables = new ArrayList<>();
    boolean onlyHan = true;
    int i = 0;
    int n = t.length();
    while (i < n) {
      int cp = t.codePointAt(i);
      int family = familyOf(cp);
      if (family == FAMILY_NONE) {
        i += Character.charCount(cp);
        continue;
      }
      int end = runEnd(t, i, family);
      onlyHan &= family == FAMILY_HAN;
      switch (family) {
        case FAMILY_LATIN:
          uly.setLength(0);
          LatinFolding.fold(t, i, end, latinMode, uly);
          boolean whole = phonemes.length() == 0 && end >= n;
          if (latinMode == LatinFolding.Mode.PLAIN && whole
              && mayBePinyin(t, i, end) && appendPinyin(uly, phonemes, syllables)) {
            // A chain of pinyin syllables may also be an ordinary spelling (Erzhan = er+zhan):
            // keep the ordinary reading as a variant.
            pinyin = true;
            plainReading = collapsed(Phonemes.parseUly(uly));
          } else {
            Phonemes.parseUly(uly, phonemes);
            if (latinMode == LatinFolding.Mode.PLAIN && whole && hasBareC(uly)) {
              // Turkish c = j even when the name has no other Turkish letter (Cappar = Jappar)
              StringBuilder turkish = new StringBuilder(uly.length() + 2);
              LatinFolding.fold(t, i, end, LatinFolding.Mode.TURKISH, turkish);
              turkishReading = collapsed(Phonemes.parseUly(turkish));
            }
          }
          break;
        case FAMILY_ARABIC:
          uly.setLength(0);
          LetterTables.arabicToUly(t, i, end, uly);
          Phonemes.parseUly(uly, phonemes);
          break;
        case FAMILY_CYRILLIC:
          uly.setLength(0);
          LetterTables.cyrillicToUly(t, i, end, uly);
          Phonemes.parseUly(uly, phonemes);
          break;
        case FAMILY_HAN:
          appendHan(t, i, end, phonemes, variantPoints, variantReadings, syllables);
          break;
        default:
          uly.setLength(0);
          String latin = ScriptTransliterators.anyToLatin(t.substring(i, end));
          LatinFolding.fold(latin, 0, latin.length(), LatinFolding.Mode.PLAIN, uly);
          Phonemes.parseUly(uly, phonemes);
      }
      i = end;
    }
    List<String> variants = new ArrayList<>(
        spliceVariants(phonemes, variantPoints, variantReadings));
    Phonemes.collapseDoubles(phonemes, 0);
    String primary = phonemes.toString();
    if ((onlyHan || pinyin) && !syllables.isEmpty()) {
      add(variants, HanRenderings.tolerant(syllables), primary);
    }
    add(variants, plainReading, primary);
    PatronymicSuffix.Match suffix = null;
    if (script.isLatin() || script.isCyrillic()) {
      suffix = PatronymicSuffix.strip(primary);
      if (suffix != null) {
        primary = suffix.stem();
        if (turkishReading != null) {
          PatronymicSuffix.Match same = PatronymicSuffix.strip(turkishReading);
          turkishReading = same != null && same.suffix().equals(suffix.suffix()) ? same.stem() : null;
        }
      }
    }
    add(variants, turkishReading, primary);
    add(variants, separatedNg(primary), primary);
    return new Form(primary, variants, script, pinyin, suffix);
  }

  /** Adds a variant that is new and differs from the reading, while there is room. */
  private static void add(List<String> variants, @Nullable String variant, String primary) {
    if (variant != null
        && !variant.isEmpty()
        && variants.size() < MAX_VARIANTS
        && !variant.equals(primary)
        && !variants.contains(variant)) {
      variants.add(variant);
    }
  }

  /** Whether folded Latin holds a c that is not part of ch (ULY has no bare c). */
  private static boolean hasBareC(CharSequence folded) {
    for (int k = 0; k < folded.length(); k++) {
      if (folded.charAt(k) == 'c' && (k + 1 >= folded.length() || folded.charAt(k + 1) != 'h')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reading with {@code ng} before a vowel taken as n + g, or null. Latin {@code ng} is ڭ, but
   * compound names join a part ending in n to one starting with g (Tursun + gül), and the letter
   * tables turn Arabic ن + گ and Cyrillic н + г into the same {@code ng}; Chinese renderings write
   * the two sounds (吐尔逊古丽).
   */
  private static @Nullable String separatedNg(String phonemes) {
    int at = -1;
    for (int k = 0; k + 1 < phonemes.length(); k++) {
      if (phonemes.charAt(k) == 'N' && Phonemes.isVowel(phonemes.charAt(k + 1))) {
        at = k;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    StringBuilder b = new StringBuilder(phonemes.length() + 1);
    for (int k = 0; k < phonemes.length(); k++) {
      char c = phonemes.charAt(k);
      if (c == 'N' && k + 1 < phonemes.length() && Phonemes.isVowel(phonemes.charAt(k + 1))) {
        b.append("ng");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String cut(String token) {
    int end = MAX_TOKEN_CHARS;
    if (Character.isHighSurrogate(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(0, end);
  }

  private static final int FAMILY_NONE = 0;
  private static final int FAMILY_LATIN = 1;
  private static final int FAMILY_ARABIC = 2;
  private static final int FAMILY_CYRILLIC = 3;
  private static final int FAMILY_HAN = 4;
  private static final int FAMILY_OTHER = 5;

  private static int familyOf(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ? FAMILY_LATIN : FAMILY_NONE;
    }
    if (!UCharacter.isLetter(cp)) {
      return FAMILY_NONE;
    }
    switch (UScript.getScript(cp)) {
      case UScript.LATIN:
        return FAMILY_LATIN;
      case UScript.ARABIC:
        return FAMILY_ARABIC;
      case UScript.CYRILLIC:
        return FAMILY_CYRILLIC;
      case UScript.HAN:
        return FAMILY_HAN;
      case UScript.COMMON:
      case UScript.INHERITED:
      case UScript.UNKNOWN:
        return FAMILY_NONE;
      default:
        return FAMILY_OTHER;
    }
  }

  /** End of the run of {@code family} starting at {@code from}; marks and non-letters stay inside. */
  private static int runEnd(String t, int from, int family) {
    int i = from;
    int lastLetterEnd = from;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      int f = familyOf(cp);
      if (f != FAMILY_NONE && f != family) {
        break;
      }
      i += Character.charCount(cp);
      if (f == family) {
        lastLetterEnd = i;
      }
    }
    return family == FAMILY_HAN ? lastLetterEnd : Math.max(lastLetterEnd, from + 1);
  }

  /**
   * Whether the letters as written may be pinyin: pinyin writes y only at the start of a syllable,
   * never after a consonant other than n or g, so Kazakh Bolatuly or Tursynbek (folded to
   * bolatuli, tursinbek) is not pinyin even when its folded form would segment as such.
   */
  private static boolean mayBePinyin(String t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      char c = Character.toLowerCase(t.charAt(k));
      char before = Character.toLowerCase(t.charAt(k - 1));
      if (c == 'y' && before >= 'a' && before <= 'z' && "aeiouvng".indexOf(before) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads folded Latin as pinyin if it is a chain of two or more syllables: the pinyin of a
   * Chinese rendering, read like the characters (l is {@link Phonemes#HAN_LIQUID}); records the
   * syllables for {@link HanRenderings}.
   */
  private static boolean appendPinyin(
      CharSequence folded, StringBuilder phonemes, List<HanRenderings.Syllable> out) {
    for (int k = 0; k < folded.length(); k++) {
      char c = folded.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    List<String> syllables = PinyinSyllables.segment(folded, 0, folded.length());
    if (syllables == null || syllables.size() < 2) {
      return false;
    }
    for (int k = 0; k < syllables.size(); k++) {
      String s = syllables.get(k);
      boolean last = k == syllables.size() - 1;
      boolean hasCoda = PinyinSyllables.CODA.contains(s);
      String reading =
          Phonemes.markHanReading(
              Phonemes.parseUly(
                  last && hasCoda ? PinyinSyllables.codaReading(s) : PinyinSyllables.reading(s)));
      String coda =
          hasCoda ? Phonemes.markHanReading(Phonemes.parseUly(PinyinSyllables.codaReading(s))) : null;
      phonemes.append(reading);
      out.add(new HanRenderings.Syllable(reading, coda));
    }
    return true;
  }

  private static void appendHan(
      String t,
      int from,
      int to,
      StringBuilder phonemes,
      List<int[]> variantPoints,
      List<List<String>> variantReadings,
      List<HanRenderings.Syllable> syllables) {
    int i = from;
    while (i < to) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (familyOf(cp) != FAMILY_HAN) {
        continue;
      }
      HanSyllableTable.Entry entry = HanSyllableTable.lookup(cp);
      boolean end = i >= to;
      String reading = entry.reading(end);
      int start = phonemes.length();
      phonemes.append(reading);
      syllables.add(new HanRenderings.Syllable(reading, entry.coda()));
      boolean ordinary = reading.equals(entry.ordinary()) && !entry.codaOnly();
      if (ordinary && !entry.alternatives().isEmpty() && variantPoints.size() < MAX_VARIANT_POINTS) {
        variantPoints.add(new int[] {start, phonemes.length()});
        variantReadings.add(entry.alternatives());
      }
    }
  }

  /** Variant phoneme strings: each combination of alternative readings, at most three. */
  private static List<String> spliceVariants(
      CharSequence primary, List<int[]> points, List<List<String>> readings) {
    if (points.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(3);
    String base = primary.toString();
    // one point replaced at a time, then both (first alternatives only)
    for (int p = 0; p < points.size() && out.size() < 3; p++) {
      for (String alt : readings.get(p)) {
        if (out.size() >= 3) {
          break;
        }
        out.add(collapsed(replace(base, points.get(p), alt)));
      }
    }
    if (points.size() == 2 && out.size() < 3) {
      String first = replace(base, points.get(1), readings.get(1).get(0));
      out.add(collapsed(replace(first, points.get(0), readings.get(0).get(0))));
    }
    return out;
  }

  private static String replace(String s, int[] range, String with) {
    return s.substring(0, range[0]) + with + s.substring(range[1]);
  }

  private static String collapsed(String s) {
    StringBuilder b = new StringBuilder(s);
    Phonemes.collapseDoubles(b, 0);
    return b.toString();
  }
}
