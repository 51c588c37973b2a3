package org.guwah.names.keys.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Chinese character → the Uyghur syllable(s) it transcribes, from the project's syllable table
 * {@code han-syllables.tsv} (built from the rules of DB65/T 2189-2005 as NAMES.md §4 describes;
 * one line per Uyghur syllable listing its characters). Characters missing from the table are
 * read through ICU's pinyin and {@link PinyinSyllables#reading}; those readings are cached.
 * Liquids are marked as Chinese writes them ({@link Phonemes#markHanReading}): the l of a
 * syllable may be r (拉 la / ra), an r is an r.
 *
 * <p>Immutable after class initialisation except for the fallback cache (a concurrent map,
 * bounded by the number of Han code points). Thread-safe.
 */
public final class HanSyllableTable {
  /** The readings of one character, as phoneme strings. */
  public static final class Entry {
    private final String ordinary;
    private final @Nullable String coda;
    private final List<String> alternatives;
    private final boolean fromTable;

    Entry(String ordinary, @Nullable String coda, List<String> alternatives, boolean fromTable) {
      this.ordinary = ordinary;
      this.coda = coda;
      this.alternatives = List.copyOf(alternatives);
      this.fromTable = fromTable;
    }

    /** The reading inside a name part (or the coda reading when there is no other). */
    public String ordinary() {
      return ordinary;
    }

    /** The final-consonant reading (phonemes ending in @), used at the end of a name part. */
    public @Nullable String coda() {
      return coda;
    }

    /** Whether the character only ever writes a final consonant (尔, 卜). */
    public boolean codaOnly() {
      return coda != null && coda.equals(ordinary);
    }

    /** Readings whose consonant falls in another blocking class (哈 xa / qa). */
    public List<String> alternatives() {
      return alternatives;
    }

    /** Whether the reading comes from the syllable table (not the pinyin fallback). */
    public boolean fromTable() {
      return fromTable;
    }

    /** The reading at a given place: the coda reading at the end of a name part. */
    public String reading(boolean endOfPart) {
      return endOfPart && coda != null ? coda : ordinary;
    }
  }

  private static final Entry[] BMP = new Entry[0x10000];
  private static final Map<Integer, Entry> FALLBACK = new ConcurrentHashMap<>();
  private static final int SYLLABLE_COUNT;
  private static final int CHARACTER_COUNT;

  static {
    Map<Integer, List<String>> readings = new LinkedHashMap<>();
    int syllables = 0;
    try (InputStream in = HanSyllableTable.class.getResourceAsStream("han-syllables.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource han-syllables.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException("han-syllables.tsv: a line without a tab");
        }
        String phonemes = Phonemes.markHanReading(Phonemes.parseUly(line.substring(0, tab)));
        syllables++;
        String chars = line.substring(tab + 1);
        int i = 0;
        while (i < chars.length()) {
          int cp = chars.codePointAt(i);
          i += Character.charCount(cp);
          if (cp != ' ') {
            List<String> list = readings.computeIfAbsent(cp, k -> new ArrayList<>());
            if (!list.contains(phonemes)) {
              list.add(phonemes);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read han-syllables.tsv", e);
    }
    for (Map.Entry<Integer, List<String>> e : readings.entrySet()) {
      Entry entry = entryOf(e.getValue(), true);
      if (e.getKey() < 0x10000) {
        BMP[e.getKey()] = entry;
      } else {
        FALLBACK.put(e.getKey(), entry);
      }
    }
    SYLLABLE_COUNT = syllables;
    CHARACTER_COUNT = readings.size();
  }

  private HanSyllableTable() {}

  private static Entry entryOf(List<String> readings, boolean fromTable) {
    String ordinary = null;
    String coda = null;
    for (String r : readings) {
      boolean isCoda = r.endsWith("@");
      if (isCoda && coda == null) {
        coda = r;
      } else if (!isCoda && ordinary == null) {
        ordinary = r;
      }
    }
    if (ordinary == null) {
      ordinary = coda;
    }
    String defaultClass = firstClass(ordinary);
    List<String> alternatives = new ArrayList<>();
    for (String r : readings) {
      if (!r.endsWith("@") && !firstClass(r).equals(defaultClass) && alternatives.size() < 2) {
        alternatives.add(r);
      }
    }
    return new Entry(ordinary, coda, alternatives, fromTable);
  }

  private static String firstClass(@Nullable String phonemes) {
    if (phonemes == null) {
      return "";
    }
    for (int i = 0; i < phonemes.length(); i++) {
      char c = phonemes.charAt(i);
      char cls = Phonemes.blockingClass(c);
      if (cls != 0) {
        return String.valueOf(cls);
      }
    }
    return "";
  }

  /** Number of Uyghur syllable lines in the table. */
  public static int syllableCount() {
    return SYLLABLE_COUNT;
  }

  /** Number of distinct characters in the table. */
  public static int characterCount() {
    return CHARACTER_COUNT;
  }

  /** Whether {@code codePoint} is listed in the syllable table. */
  public static boolean contains(int codePoint) {
    Entry e = codePoint < 0x10000 ? BMP[codePoint] : FALLBACK.get(codePoint);
    return e != null && e.fromTable();
  }

  /** The readings of a Han character (from the table, else from its pinyin). */
  public static Entry lookup(int codePoint) {
    if (codePoint >= 0 && codePoint < 0x10000) {
      Entry e = BMP[codePoint];
      if (e != null) {
        return e;
      }
    }
    return FALLBACK.computeIfAbsent(codePoint, HanSyllableTable::fromPinyin);
  }

  private static Entry fromPinyin(int codePoint) {
    String pinyin = ScriptTransliterators.hanToPinyin(new String(Character.toChars(codePoint)));
    int space = pinyin.indexOf(' ');
    if (space > 0) {
      pinyin = pinyin.substring(0, space);
    }
    String reading = Phonemes.markHanReading(Phonemes.parseUly(PinyinSyllables.reading(pinyin)));
    String coda =
        PinyinSyllables.CODA.contains(pinyin)
            ? Phonemes.markHanReading(Phonemes.parseUly(PinyinSyllables.codaReading(pinyin)))
            : null;
    if (reading.isEmpty()) {
      return new Entry("", null, List.of(), false);
    }
    if (reading.endsWith("@")) {
      return new Entry(reading, reading, List.of(), false);
    }
    return new Entry(reading, coda, List.of(), false);
  }
}
