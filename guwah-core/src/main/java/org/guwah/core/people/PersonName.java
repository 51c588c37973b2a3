package org.guwah.core.people;

import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * One written form of a person's name, in one script ({@code script}, a {@code name_script} code:
 * UEY, ULY, HANZI, KAZAKH_CYRILLIC...), with the source that spelled it so (free text such as "NGO
 * list 2019", identity-adjacent, encrypted with the name). Identity data: stored only encrypted.
 */
public record PersonName(String value, String script, @Nullable String source) {
  public static final int MAX_LENGTH = 300;

  public PersonName {
    Problems p = new Problems();
    p.requireText("value", value, MAX_LENGTH);
    p.requireCode("script", script, "name_script");
    p.optionalText("source", source, 300);
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "PersonName[<redacted>, script=" + script + "]";
  }
}
