package org.guwah.analysis.linkage.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.guwah.core.vocab.Language;
import org.guwah.core.vocab.Term;
import org.guwah.core.vocab.Vocabularies;

/**
 * Reads sex values: the codes and labels of Guwah's {@code sex} vocabulary in every interface
 * language, and common short forms ({@code M}, {@code F}, {@code m/ä}, {@code 男性}, {@code эр},
 * {@code erkek}, {@code K}, …). Immutable after class initialisation; thread-safe.
 */
public final class SexCodes {
  /** Unknown or not given. */
  public static final byte UNKNOWN = 0;

  public static final byte MALE = 1;
  public static final byte FEMALE = 2;

  private static final Map<String, Byte> VALUES = load();

  private SexCodes() {}

  private static Map<String, Byte> load() {
    Map<String, Byte> out = new HashMap<>();
    for (Term t : Vocabularies.standard().vocabulary("sex").terms()) {
      byte v = t.code().equals("MALE") ? MALE : t.code().equals("FEMALE") ? FEMALE : UNKNOWN;
      out.put(fold(t.code()), v);
      for (Language l : Language.values()) {
        out.put(fold(t.label(l)), v);
      }
    }
    String[] male = {"m", "male", "man", "men", "boy", "男", "男性", "erkek", "e", "er", "ئەر", "эр",
        "ер", "еркек", "мужской", "муж", "м", "мужчина", "1"};
    String[] female = {"f", "female", "woman", "women", "w", "girl", "女", "女性", "kadın", "kadin", "k",
        "ayal", "ئايال", "аял", "әйел", "ә", "женский", "жен", "ж", "женщина", "2"};
    for (String s : male) {
      out.put(fold(s), MALE);
    }
    for (String s : female) {
      out.put(fold(s), FEMALE);
    }
    return Map.copyOf(out);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  /** {@link #MALE}, {@link #FEMALE} or {@link #UNKNOWN}. */
  public static byte parse(String raw) {
    if (raw.isEmpty() || raw.length() > 32) {
      return UNKNOWN;
    }
    Byte v = VALUES.get(fold(raw));
    return v == null ? UNKNOWN : v;
  }

  /** Whether {@code raw} is empty or a known value (for counting unreadable cells). */
  public static boolean readable(String raw) {
    return raw.isBlank() || (raw.length() <= 32 && VALUES.containsKey(fold(raw)));
  }
}
