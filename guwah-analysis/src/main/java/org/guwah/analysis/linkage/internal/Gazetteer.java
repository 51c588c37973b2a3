package org.guwah.analysis.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guwah.names.keys.NameKey;
import org.guwah.names.keys.NameKeys;
import org.guwah.names.keys.NameSimilarity;
import org.guwah.names.keys.NameToken;

/**
 * Resolves place text to GB/T 2260 codes: a six-digit county code (retired codes mapped to their
 * successors), a four-digit prefecture code, or nothing. Chinese names are looked up as written
 * and without their administrative suffix (县, 市, 地区, 自治州, …); names in any other script go
 * through {@link NameKeys} (so Uyghur Arabic script meets the Uyghur Latin entry) with words such as
 * "county", "nahiyisi" or "район" left out, first exactly, then by the closest entry of the same
 * consonant skeleton. Table: {@code gazetteer.tsv}. Immutable after class initialisation;
 * thread-safe.
 */
public final class Gazetteer {
  private static final String[] HAN_SUFFIXES = {
    "维吾尔自治区", "哈萨克自治州", "蒙古自治州", "回族自治州", "柯尔克孜自治州", "哈萨克自治县", "锡伯自治县",
    "蒙古自治县", "回族自治县", "塔吉克自治县", "自治州", "自治县", "市辖区", "地区", "县", "市", "区", "州"
  };

  private static final List<String> GENERIC =
      List.of(
          "county", "city", "prefecture", "district", "region", "town", "township", "village",
          "province", "autonomous", "xinjiang", "shinjang", "sinkiang", "uyghur", "uighur", "china",
          "prc", "east", "turkistan", "turkestan", "nahiye", "nahiyisi", "nahiyesi", "shehiri",
          "wilayet", "wilayiti", "oblast", "rayon", "ilce", "ilçe",
          "район", "уезд", "город", "округ", "область", "аудан", "қаласы", "қала", "ناھىيىسى",
          "ناھىيە", "شەھىرى", "شەھەر", "ۋىلايىتى", "ۋىلايەت");

  private static final double FUZZY_MIN = 0.88;
  private static final double FUZZY_MARGIN = 0.03;
  private static final int MAX_CHARS = 200;

  private static final Map<String, Integer> HANZI = new HashMap<>();
  private static final Map<String, Integer> HANZI_STRIPPED = new HashMap<>();
  private static final Map<String, Integer> ALIAS = new HashMap<>();
  private static final Map<String, List<Alias>> BY_SKELETON = new HashMap<>();
  private static final Map<Integer, Integer> SUCCESSOR = new HashMap<>();
  private static final Set<String> GENERIC_KEYS = new HashSet<>();

  /** An alias key with its code, for fuzzy look-up. */
  private record Alias(NameKey key, int code) {}

  static {
    load();
  }

  private Gazetteer() {}

  private static void load() {
    for (String g : GENERIC) {
      for (NameToken t : NameKeys.of(g).tokens()) {
        GENERIC_KEYS.add(t.phoneticKey());
      }
    }
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource gazetteer.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        int code = Integer.parseInt(f[0]);
        if (!f[1].isEmpty()) {
          SUCCESSOR.put(code, Integer.parseInt(f[1]));
        }
        int target = f[1].isEmpty() ? code : Integer.parseInt(f[1]);
        HANZI.putIfAbsent(f[2], target);
        HANZI_STRIPPED.putIfAbsent(stripHan(f[2]), target);
        if (f.length > 3 && !f[3].isEmpty()) {
          for (String alias : f[3].split("\\|")) {
            addAlias(alias, target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer.tsv", e);
    }
  }

  private static void addAlias(String alias, int code) {
    NameKey key = withoutGeneric(NameKeys.of(alias));
    String joined = joined(key);
    if (joined.isEmpty()) {
      return;
    }
    ALIAS.putIfAbsent(joined, code);
    BY_SKELETON.computeIfAbsent(skeleton(key), k -> new ArrayList<>()).add(new Alias(key, code));
  }

  /** The current code of a six-digit code (itself unless it was retired with a known successor). */
  public static int current(int code) {
    Integer s = SUCCESSOR.get(code);
    return s == null ? code : s;
  }

  /** The prefecture (first four digits) of a six-digit code, or a four-digit code itself. */
  public static int prefecture(int code) {
    return code >= 100_000 ? code / 100 : code;
  }

  /** What a place cell resolved to. */
  public static final class Place {
    /** Six-digit current county code, four-digit prefecture code, or 0. */
    public final int code;
    /** Hash of the place's phonetic key when it did not resolve, else 0. */
    public final long text;

    Place(int code, long text) {
      this.code = code;
      this.text = text;
    }
  }

  private static final Place NONE = new Place(0, 0);

  /** Resolves one place cell. */
  public static Place resolve(String raw) {
    if (raw.isBlank() || raw.length() > MAX_CHARS) {
      return NONE;
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    long firstText = 0;
    for (String part : s.split("[,;/()\\[\\]，、；（）]")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int code = code(p);
      if (code != 0) {
        return new Place(code, 0);
      }
      if (firstText == 0) {
        firstText = textKey(p);
      }
    }
    return firstText == 0 ? NONE : new Place(0, firstText);
  }

  private static int code(String p) {
    if (isDigits(p)) {
      if (p.length() == 6) {
        return current(Integer.parseInt(p));
      }
      if (p.length() == 4) {
        return Integer.parseInt(p);
      }
      return 0;
    }
    if (hasHan(p)) {
      String han = onlyHan(p);
      Integer c = HANZI.get(han);
      if (c == null) {
        c = HANZI_STRIPPED.get(stripHan(han));
      }
      return c == null ? 0 : c;
    }
    NameKey key = withoutGeneric(NameKeys.of(p));
    if (key.isEmpty()) {
      return 0;
    }
    Integer c = ALIAS.get(joined(key));
    if (c != null) {
      return c;
    }
    for (NameToken t : key.tokens()) {
      c = ALIAS.get(t.phoneticKey());
      if (c != null) {
        return c;
      }
    }
    return fuzzy(key);
  }

  private static int fuzzy(NameKey key) {
    List<Alias> candidates = BY_SKELETON.get(skeleton(key));
    if (candidates == null) {
      return 0;
    }
    double best = 0;
    double second = 0;
    int bestCode = 0;
    for (Alias a : candidates) {
      double s = NameSimilarity.score(key, a.key);
      if (s > best) {
        if (a.code != bestCode) {
          second = best;
        }
        best = s;
        bestCode = a.code;
      } else if (s > second && a.code != bestCode) {
        second = s;
      }
    }
    return best >= FUZZY_MIN && best - second >= FUZZY_MARGIN ? bestCode : 0;
  }

  private static NameKey withoutGeneric(NameKey key) {
    boolean any = false;
    for (NameToken t : key.tokens()) {
      any |= GENERIC_KEYS.contains(t.phoneticKey());
    }
    if (!any) {
      return key;
    }
    StringBuilder kept = new StringBuilder();
    for (NameToken t : key.tokens()) {
      if (!GENERIC_KEYS.contains(t.phoneticKey())) {
        kept.append(t.latin()).append(' ');
      }
    }
    return NameKeys.of(kept.toString());
  }

  private static long textKey(String p) {
    if (hasHan(p)) {
      String han = stripHan(onlyHan(p));
      return han.isEmpty() ? 0 : Hash64.of("h:" + han);
    }
    // é/e, ö/o, ü/u folded: villages are spelt every way
    String joined = joined(withoutGeneric(NameKeys.of(p))).replace('E', 'e').replace('O', 'o').replace('U', 'u');
    return joined.isEmpty() ? 0 : Hash64.of("l:" + joined);
  }

  private static String joined(NameKey key) {
    StringBuilder b = new StringBuilder();
    for (NameToken t : key.tokens()) {
      b.append(t.phoneticKey());
    }
    return b.toString();
  }

  private static String skeleton(NameKey key) {
    StringBuilder b = new StringBuilder();
    for (NameToken t : key.tokens()) {
      b.append(t.blockingKey());
    }
    return b.toString();
  }

  private static String stripHan(String han) {
    for (String suffix : HAN_SUFFIXES) {
      if (han.endsWith(suffix) && han.length() > suffix.length() + 1) {
        return han.substring(0, han.length() - suffix.length());
      }
    }
    return han;
  }

  private static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  private static String onlyHan(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
