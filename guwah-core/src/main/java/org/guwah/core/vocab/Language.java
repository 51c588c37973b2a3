package org.guwah.core.vocab;

import java.util.Locale;
import java.util.Optional;

/** The interface languages Guwah ships labels for. */
public enum Language {
  EN("en", false),
  UG("ug", true),
  KK("kk", false),
  RU("ru", false),
  TR("tr", false),
  ZH("zh", false);

  private final String code;
  private final boolean rightToLeft;

  Language(String code, boolean rightToLeft) {
    this.code = code;
    this.rightToLeft = rightToLeft;
  }

  /** ISO 639-1 code, e.g. {@code ug}. */
  public String code() {
    return code;
  }

  /** Whether text in this language runs right to left (Uyghur in Arabic script). */
  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The language with this ISO 639-1 code (case-insensitive; region subtags ignored). */
  public static Optional<Language> fromCode(String tag) {
    String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    for (Language l : values()) {
      if (l.code.equals(primary)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
