package org.guwah.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guwah.core.vocab.Language;
import org.guwah.web.i18n.Translation;

/**
 * What every page's frame needs: the language (texts, {@code lang}, {@code dir}), the session's
 * CSRF token for forms (empty without a session), whether someone is signed in, and links to this
 * page in the other languages.
 */
public record Chrome(Translation t, String csrf, boolean signedIn, boolean documenter, String path) {
  /** The form field carrying the CSRF token. */
  public static final String CSRF_FIELD = "_csrf";

  /** This page in {@code language} (the choice is remembered). */
  public String languageLink(Language language) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
  }

  /** Every interface language. */
  public List<Language> languages() {
    return List.of(Language.values());
  }

  /** The language's own name for itself. */
  public static String nativeName(Language language) {
    switch (language) {
      case UG:
        return "ئۇيغۇرچە";
      case KK:
        return "Қазақша";
      case RU:
        return "Русский";
      case TR:
        return "Türkçe";
      case ZH:
        return "中文";
      default:
        return "English";
    }
  }

  /** The codes of a vocabulary with their labels in this page's language, in the vocabulary's order. */
  public List<Option> options(String vocabulary) {
    return org.guwah.core.vocab.Vocabularies.standard().vocabulary(vocabulary).terms().stream()
        .map(term -> new Option(term.code(), t.label(vocabulary, term.code()))).toList();
  }

  /** Country codes with their names in this page's language. */
  public List<Option> countries() {
    java.util.Locale locale = java.util.Locale.forLanguageTag(t.lang());
    return org.guwah.core.geo.Countries.codes().stream().sorted()
        .map(code -> new Option(code, new java.util.Locale("", code).getDisplayCountry(locale) + " (" + code + ")"))
        .toList();
  }

  /** URL-encodes a query value. */
  public static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
