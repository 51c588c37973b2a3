package org.guwah.names.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.guwah.names.DetectedScript;
import org.guwah.names.NameNormalizer;
import org.guwah.names.ScriptDetector;
import org.guwah.names.keys.internal.LatinFolding;
import org.guwah.names.keys.internal.PatronymicSuffix;
import org.guwah.names.keys.internal.Phonemes;
import org.guwah.names.keys.internal.TokenConverter;

/**
 * Builds {@link NameKey}s from names in any script and the blocking keys of a name.
 *
 * <p>Pipeline: {@link NameNormalizer} (NFKC, case folding, middle-dot variants, invisible
 * characters); {@link ScriptDetector} on the whole name (Turkish and Yéngi Yéziq letters change
 * how Latin c, j, x, q read); split into parts on spaces, hyphens and middle dots; each part
 * converted to phonemes (Uyghur Arabic and Cyrillic through the project's ICU rule sets, Latin by
 * folding or, for a chain of pinyin syllables, as pinyin; Chinese characters through the
 * project's syllable table, with ICU's pinyin as a fallback, plus a variant that allows for what
 * Chinese transcription loses: an elided initial i, an m written n, a left-out final r or l; a
 * bare Latin c also read as Turkish j); Central Asian endings (-ov, -ova, -evich, -uly, -kyzy, …)
 * stripped and recorded; a bound prefix (Abdu-, Abdul-) joined to the next part; roles inferred
 * (given name first, then the father's name, unless an ending says otherwise: {@code Tursunov
 * Mamet} is family name then given name).
 *
 * <p>Limits: the first {@link #MAX_INPUT_CHARS} characters of a name, the first {@link
 * #MAX_TOKENS} parts, the first 64 characters of a part are used; the rest is ignored.
 *
 * <p>Stateless and thread-safe; a few microseconds per name. Never throws for a non-null name
 * (any Unicode, unpaired surrogates, control characters). Never logs.
 */
public final class NameKeys {
  /** Parts of a name beyond this number are ignored. */
  public static final int MAX_TOKENS = 8;

  /** Characters of a name beyond this number are ignored. */
  public static final int MAX_INPUT_CHARS = 512;

  private static final Set<String> BOUND_PREFIXES =
      Set.of("abdu", "abdul", "abdur", "abd", "abdi", "ebdu", "ebdul", "ebd", "abdU");

  private NameKeys() {}

  /**
   * The key of {@code name}; {@link NameKey#isEmpty()} when it holds no letters.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public static NameKey of(String name) {
    Objects.requireNonNull(name, "name");
    String input = name.length() > MAX_INPUT_CHARS ? cut(name) : name;
    DetectedScript script = ScriptDetector.detect(input);
    LatinFolding.Mode mode =
        script == DetectedScript.TURKISH
            ? LatinFolding.Mode.TURKISH
            : script == DetectedScript.UYY ? LatinFolding.Mode.YENGI_YEZIQ : LatinFolding.Mode.PLAIN;
    List<String> parts = NameNormalizer.tokens(input);
    List<TokenConverter.Form> forms = new ArrayList<>(Math.min(parts.size(), MAX_TOKENS + 2));
    for (String part : parts) {
      if (forms.size() > MAX_TOKENS + 1) {
        break;
      }
      TokenConverter.Form form = TokenConverter.convert(part, mode);
      if (!form.phonemes().isEmpty()) {
        forms.add(form);
      }
    }
    List<Draft> drafts = joinBoundPrefixes(forms);
    if (drafts.size() > MAX_TOKENS) {
      drafts = drafts.subList(0, MAX_TOKENS);
    }
    return new NameKey(script, assignRoles(drafts));
  }

  private static String cut(String name) {
    int end = MAX_INPUT_CHARS;
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }

  /** A part before roles are known. */
  private static final class Draft {
    final String phonemes;
    final List<String> variants;
    final DetectedScript script;
    final boolean pinyin;
    final PatronymicSuffix.Match suffix;

    Draft(
        String phonemes,
        List<String> variants,
        DetectedScript script,
        boolean pinyin,
        PatronymicSuffix.Match suffix) {
      this.phonemes = phonemes;
      this.variants = variants;
      this.script = script;
      this.pinyin = pinyin;
      this.suffix = suffix;
    }
  }

  private static List<Draft> joinBoundPrefixes(List<TokenConverter.Form> forms) {
    List<Draft> out = new ArrayList<>(forms.size());
    for (int i = 0; i < forms.size(); i++) {
      TokenConverter.Form f = forms.get(i);
      if (i + 1 < forms.size() && BOUND_PREFIXES.contains(f.phonemes()) && f.suffix() == null) {
        TokenConverter.Form next = forms.get(++i);
        StringBuilder joined = new StringBuilder(f.phonemes()).append(next.phonemes());
        Phonemes.collapseDoubles(joined, 0);
        List<String> variants = new ArrayList<>(next.variants().size());
        for (String v : next.variants()) {
          StringBuilder b = new StringBuilder(f.phonemes()).append(v);
          Phonemes.collapseDoubles(b, 0);
          variants.add(b.toString());
        }
        out.add(new Draft(joined.toString(), variants, next.script(), next.pinyin(), next.suffix()));
      } else {
        out.add(new Draft(f.phonemes(), f.variants(), f.script(), f.pinyin(), f.suffix()));
      }
    }
    return out;
  }

  private static List<NameToken> assignRoles(List<Draft> drafts) {
    int n = drafts.size();
    TokenRole[] roles = new TokenRole[n];
    boolean father = false;
    boolean family = false;
    for (int i = 0; i < n; i++) {
      PatronymicSuffix.Match s = drafts.get(i).suffix;
      if (s != null) {
        roles[i] = s.kind() == PatronymicSuffix.Kind.PATRONYMIC ? TokenRole.FATHER : TokenRole.FAMILY;
        father |= roles[i] == TokenRole.FATHER;
        family |= roles[i] == TokenRole.FAMILY;
      }
    }
    boolean given = false;
    for (int i = 0; i < n; i++) {
      if (roles[i] != null) {
        continue;
      }
      if (!given) {
        roles[i] = TokenRole.GIVEN;
        given = true;
      } else if (!father) {
        roles[i] = TokenRole.FATHER;
        father = true;
      } else {
        roles[i] = TokenRole.OTHER;
      }
    }
    if (!given && n == 1 && !family) {
      roles[0] = roles[0] == null ? TokenRole.GIVEN : roles[0];
    }
    List<NameToken> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      String blocking = Phonemes.skeleton(d.phonemes);
      List<String> blockingVariants = new ArrayList<>(d.variants.size());
      for (String v : d.variants) {
        String b = Phonemes.skeleton(v);
        if (!b.equals(blocking) && !blockingVariants.contains(b)) {
          blockingVariants.add(b);
        }
      }
      tokens.add(
          new NameToken(
              Phonemes.renderUly(d.phonemes),
              d.phonemes,
              blocking,
              d.variants,
              blockingVariants,
              roles[i],
              d.script,
              d.pinyin,
              d.suffix == null ? null : d.suffix.suffix()));
    }
    return tokens;
  }

  /**
   * The blocking keys of a name: a small sorted set of strings, each prefixed by its kind.
   *
   * <ul>
   *   <li>{@code t:KEY}: the blocking key of one part with two or more consonant classes (and of
   *       its Han variants), e.g. {@code t:MMT}; high recall, large blocks for common names;
   *   <li>{@code p:A|B}: the blocking keys of the given name and the father's (or family) name,
   *       sorted, so that swapped orders meet, e.g. {@code p:MMT|TLSN};
   *   <li>{@code w:KEY}: the blocking keys of all parts joined in order, which meets a Chinese
   *       rendering written without a middle dot ({@code w:MMTTLSN}).
   * </ul>
   *
   * <p>Identity data: these keys are derived from the name; store or log them only as keyed
   * hashes.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public static Set<String> blockingKeys(NameKey key) {
    Objects.requireNonNull(key, "key");
    List<NameToken> tokens = key.tokens();
    if (tokens.isEmpty()) {
      return Set.of();
    }
    TreeSet<String> out = new TreeSet<>();
    StringBuilder whole = new StringBuilder();
    for (NameToken t : tokens) {
      if (t.blockingKey().length() >= 2) {
        out.add("t:" + t.blockingKey());
      }
      for (String v : t.blockingVariants()) {
        if (v.length() >= 2) {
          out.add("t:" + v);
        }
      }
      whole.append(t.blockingKey());
    }
    if (whole.length() > 0) {
      out.add("w:" + whole);
    }
    NameToken given = null;
    NameToken forebear = null;
    for (NameToken t : tokens) {
      if (given == null && t.role() == TokenRole.GIVEN) {
        given = t;
      } else if (forebear == null && t.role().isForebear()) {
        forebear = t;
      }
    }
    if (given != null && forebear != null) {
      for (String a : withVariants(given)) {
        for (String b : withVariants(forebear)) {
          if (!a.isEmpty() && !b.isEmpty()) {
            out.add(a.compareTo(b) <= 0 ? "p:" + a + "|" + b : "p:" + b + "|" + a);
          }
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static List<String> withVariants(NameToken t) {
    if (t.blockingVariants().isEmpty()) {
      return List.of(t.blockingKey());
    }
    List<String> all = new ArrayList<>(1 + t.blockingVariants().size());
    all.add(t.blockingKey());
    all.addAll(t.blockingVariants());
    return all;
  }
}
