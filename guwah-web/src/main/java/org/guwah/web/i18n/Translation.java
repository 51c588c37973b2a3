package org.guwah.web.i18n;

import java.util.Optional;
import org.guwah.core.vocab.Language;
import org.guwah.core.vocab.Term;
import org.guwah.core.vocab.Vocabularies;

/**
 * The interface texts and vocabulary labels in one language, as templates use them: {@code
 * t.get("nav.cases")}, {@code t.label("tactic", code)}, {@code t.dir()}. Falls back to English
 * for a missing cell. Immutable and thread-safe.
 */
public final class Translation {
  private final Messages messages;
  private final Language language;

  Translation(Messages messages, Language language) {
    this.messages = messages;
    this.language = language;
  }

  /** The text of {@code key}; {@code [key]} when the table has no such key. */
  public String get(String key) {
    String text = messages.text(key, language);
    if (text == null) {
      text = messages.text(key, Language.EN);
    }
    return text == null ? "[" + key + "]" : text;
  }

  /** The label of a vocabulary code in this language; the code itself when unknown. */
  public String label(String vocabulary, String code) {
    Optional<Term> term = Vocabularies.standard().vocabulary(vocabulary).term(code);
    return term.map(t -> t.label(language)).orElse(code);
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** ISO 639-1 code for {@code lang=}. */
  public String lang() {
    return language.code();
  }

  /** {@code rtl} or {@code ltr}, for {@code dir=}. */
  public String dir() {
    return language.rightToLeft() ? "rtl" : "ltr";
  }

  @Override
  public String toString() {
    return "Translation[" + language.code() + "]";
  }
}
