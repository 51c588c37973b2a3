package org.guwah.forms;

import java.text.Normalizer;

/**
 * Cleans text from spreadsheets and respondents: Unicode NFC; {@code \r\n} and lone {@code \r}
 * become {@code \n}; NUL and the other C0 controls except tab and newline, DEL, C1 controls and
 * unpaired surrogates are removed. Every script, bidi mark (RLM, ALM, isolates), ZWJ and ZWNJ are
 * kept: Uyghur text needs them. Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The cleaned text; single-line text additionally has newlines and tabs turned into spaces. */
  public static String clean(String s, boolean multiLine) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char out = c;
      boolean drop = false;
      if (c == '\r') {
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          drop = true;
        } else {
          out = '\n';
        }
      } else if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c < 0xa0) {
        drop = true;
      } else if (Character.isHighSurrogate(c)) {
        drop = !(i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)));
      } else if (Character.isLowSurrogate(c)) {
        drop = !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      }
      if (!multiLine && (out == '\n' || out == '\t')) {
        out = ' ';
      }
      if (sb == null && (drop || out != c)) {
        sb = new StringBuilder(n);
        sb.append(s, 0, i);
      }
      if (sb != null && !drop) {
        sb.append(out);
      }
    }
    String cleaned = sb == null ? s : sb.toString();
    return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
  }
}
