package org.guwah.web.i18n;

import java.util.Locale;
import java.util.Optional;
import org.guwah.core.vocab.Language;
import org.jspecify.annotations.Nullable;

/**
 * Which interface language a request gets: {@code ?lang=} first, then the language the user chose
 * earlier (a preference cookie on workspace pages; respondents' pages use none), then the
 * browser's {@code Accept-Language} in order of preference (quality values honoured), then English.
 * Unknown codes are skipped. Pure and thread-safe.
 */
public final class LanguageChoice {
  /** Name of the preference cookie (holds only a language code). */
  public static final String COOKIE = "guwah_lang";

  private LanguageChoice() {}

  public static Language resolve(@Nullable String query, @Nullable String remembered, @Nullable String acceptLanguage) {
    for (String candidate : new String[] {query, remembered}) {
      if (candidate != null && candidate.length() <= 12) {
        Optional<Language> l = Language.fromCode(candidate);
        if (l.isPresent()) {
          return l.get();
        }
      }
    }
    return fromAcceptLanguage(acceptLanguage).orElse(Language.EN);
  }

  /** The acceptable language with the highest quality, ties in header order. */
  static Optional<Language> fromAcceptLanguage(@Nullable String header) {
    if (header == null || header.length() > 500) {
      return Optional.empty();
    }
    Language best = null;
    double bestQ = 0;
    for (String part : header.split(",")) {
      String[] bits = part.trim().split(";", -1);
      double q = 1;
      for (int i = 1; i < bits.length; i++) {
        String b = bits[i].trim().toLowerCase(Locale.ROOT);
        if (b.startsWith("q=")) {
          try {
            q = Double.parseDouble(b.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      Optional<Language> l = bits[0].isBlank() ? Optional.empty() : Language.fromCode(bits[0]);
      if (l.isPresent() && q > bestQ) {
        best = l.get();
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }
}
