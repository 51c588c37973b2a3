package org.guwah.core.validation;

import org.jspecify.annotations.Nullable;

/** Character-level rules for text accepted from users and files. */
final class TextRules {
  private TextRules() {}

  /**
   * Returns what is wrong with {@code value}, or {@code null} when it is acceptable: no unpaired
   * surrogates, no NUL or other C0/C1 control characters (tab and newlines only in multi-line
   * text). Bidi marks, ZWJ/ZWNJ and every script are allowed: Uyghur text needs them.
   */
  static @Nullable String problem(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return "contains an invalid character (unpaired surrogate)";
      }
      if (Character.isLowSurrogate(c)) {
        return "contains an invalid character (unpaired surrogate)";
      }
      if (c == '\n' || c == '\t' || c == '\r') {
        if (!multiLine) {
          return "must be a single line";
        }
        continue;
      }
      if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        return "contains a control character";
      }
    }
    return null;
  }
}
