package org.guwah.forms.tables;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a column header: NFKC (full-width letters and digits, {@code №} → No,
 * presentation forms of Arabic letters), lower case, only letters and digits kept (so spaces,
 * underscores, hyphens, dots, slashes, colons, asterisks and brackets are ignored), with the
 * spelling variants that keyboards produce folded together: Turkish dotted/dotless i, Russian ё,
 * Arabic-script yeh and kaf variants, tatweel. Stateless.
 */
final class HeaderKey {
  private HeaderKey() {}

  /** The key of the whole header: {@code "Name (Latin)"} → {@code namelatin}. */
  static String full(String header) {
    return fold(Normalizer.normalize(header, Normalizer.Form.NFKC));
  }

  /**
   * The key without bracketed parts: {@code "身份证号（18位）"} → {@code 身份证号}; equal to {@link
   * #full} when there are none.
   */
  static String base(String header) {
    String n = Normalizer.normalize(header, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    int depth = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(' || c == '[' || c == '{' || c == '【' || c == '〔' || c == '《') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}' || c == '】' || c == '〕' || c == '》') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    return fold(sb.toString());
  }

  private static String fold(String nfkc) {
    String lower = nfkc.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    lower.codePoints().forEach(cp -> {
      int c = switch (cp) {
        case 'ı' -> 'i';
        case 'ё' -> 'е';
        case 0x064A, 0x06CC -> 0x0649; // Arabic and Farsi yeh → the dotless yeh Uyghur writes
        case 0x06A9 -> 0x0643; // keheh → kaf
        default -> cp;
      };
      if (c != 0x0640 && Character.isLetterOrDigit(c)) {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
