package org.guwah.names.keys.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The ICU transliterators of the key pipeline: the project's own rule sets (Uyghur Arabic →
 * ULY, Cyrillic → ULY; ICU ships neither) and ICU's {@code Any-Latin} for other scripts and
 * {@code Han-Latin/Names} for Chinese characters missing from the syllable table.
 *
 * <p>Rule texts are parsed once per JVM; each thread gets its own compiled instances (ICU's
 * rule-based transliterators synchronise internally, which would serialise parallel key
 * building). Thread-safe. Never logs.
 */
public final class ScriptTransliterators {
  private static final String UEY_RULES = load("uey-uly.txt");
  private static final String CYRILLIC_RULES = load("cyrillic-uly.txt");

  private static final ThreadLocal<Transliterator> UEY =
      ThreadLocal.withInitial(
          rules("uey-uly", UEY_RULES));
  private static final ThreadLocal<Transliterator> CYRILLIC =
      ThreadLocal.withInitial(rules("cyrillic-uly", CYRILLIC_RULES));
  private static final ThreadLocal<Transliterator> ANY_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
  private static final ThreadLocal<Transliterator> HAN_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Lower"));

  private ScriptTransliterators() {}

  private static Supplier<Transliterator> rules(String id, String text) {
    return () -> Transliterator.createFromRules(id, text, Transliterator.FORWARD);
  }

  private static String load(String name) {
    try (InputStream in = ScriptTransliterators.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** The rule text of the Uyghur Arabic → ULY transform. */
  public static String ueyRules() {
    return UEY_RULES;
  }

  /** The rule text of the Cyrillic → ULY transform. */
  public static String cyrillicRules() {
    return CYRILLIC_RULES;
  }

  /** Uyghur Arabic script (one token, normalised) → ULY. */
  public static String ueyToUly(String token) {
    return UEY.get().transliterate(token);
  }

  /** Cyrillic (one token, normalised) → ULY. */
  public static String cyrillicToUly(String token) {
    return CYRILLIC.get().transliterate(token);
  }

  /** Any other script → lower-case ASCII Latin (ICU {@code Any-Latin; Latin-ASCII}). */
  public static String anyToLatin(String text) {
    return ANY_LATIN.get().transliterate(text);
  }

  /** One Chinese character → tone-less pinyin (ICU {@code Han-Latin/Names}). */
  public static String hanToPinyin(String character) {
    return HAN_LATIN.get().transliterate(character).trim();
  }
}
