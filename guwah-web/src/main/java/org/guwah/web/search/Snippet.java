package org.guwah.web.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A short excerpt of a record's text around the first place a query word occurs, cut from the
 * decrypted record (the index holds no text). Matching is plain: case-insensitive after NFC on the
 * word as typed, so a word the analyzer matched in another form (a Chinese bigram inside a longer
 * run, another case of a Turkic suffix) may not be marked; the excerpt then starts at the text's
 * beginning. Cuts never split a surrogate pair. {@link #toString()} redacts the text.
 *
 * @param before text before the match (with a leading ellipsis when cut)
 * @param match the matched word as it stands in the text (empty when none was found)
 * @param after text after the match (with a trailing ellipsis when cut)
 */
public record Snippet(String before, String match, String after) {
  static final int BEFORE = 60;
  static final int AFTER = 140;

  /** An excerpt of {@code text} around the first of {@code words} found in it; null for no text. */
  static @Nullable Snippet of(@Nullable String text, List<String> words) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    String lower = t.toLowerCase(Locale.ROOT);
    int at = -1;
    int length = 0;
    for (String w : words) {
      String needle = Normalizer.normalize(w, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
      if (needle.isEmpty() || lower.length() != t.length()) {
        continue;
      }
      int i = lower.indexOf(needle);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        length = needle.length();
      }
    }
    if (at < 0) {
      int end = safe(t, Math.min(t.length(), BEFORE + AFTER));
      return new Snippet("", "", t.substring(0, end) + (end < t.length() ? "…" : ""));
    }
    int start = safe(t, Math.max(0, at - BEFORE));
    int end = safe(t, Math.min(t.length(), at + length + AFTER));
    return new Snippet((start > 0 ? "…" : "") + t.substring(start, at), t.substring(at, at + length),
        t.substring(at + length, end) + (end < t.length() ? "…" : ""));
  }

  /** {@code i}, moved back by one if it falls inside a surrogate pair. */
  private static int safe(String t, int i) {
    return i > 0 && i < t.length() && Character.isLowSurrogate(t.charAt(i)) ? i - 1 : i;
  }

  /** The excerpt as one string. */
  public String text() {
    return before + match + after;
  }

  @Override
  public String toString() {
    return "Snippet[<redacted>]";
  }
}
