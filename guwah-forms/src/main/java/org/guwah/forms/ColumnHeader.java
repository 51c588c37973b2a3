package org.guwah.forms;

import java.util.Locale;
import java.util.Map;
import org.guwah.forms.xlsx.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * One header cell of a form sheet: {@code base} is the column's meaning, lower case with blanks as
 * underscores and aliases resolved ({@code List Name} → {@code list_name}, {@code jr:constraintMsg}
 * → {@code constraint_message}, {@code bind::guwah:field} → {@code guwah}); {@code language} is set
 * for translated columns ({@code label::Uyghur (ug)}).
 */
record ColumnHeader(int column, String raw, String base, @Nullable FormLanguage language) {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("jr:constraintmsg", "constraint_message"),
      Map.entry("jr:requiredmsg", "required_message"),
      Map.entry("jr:count", "repeat_count"),
      Map.entry("bind::guwah:field", "guwah"),
      Map.entry("guwah:field", "guwah"),
      Map.entry("list", "list_name"),
      Map.entry("caption", "label"));

  /** Translated columns: {@code label::...}, {@code hint::...} and the two messages. */
  static final java.util.Set<String> TRANSLATABLE = java.util.Set.of("label", "hint", "required_message",
      "constraint_message", "guidance_hint");

  static ColumnHeader parse(int column, String raw) {
    String t = raw.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    String alias = ALIASES.get(lower.replaceAll("\\s+", "_"));
    if (alias != null) {
      return new ColumnHeader(column, t, alias, TRANSLATABLE.contains(alias) ? FormLanguage.UNSPECIFIED : null);
    }
    int sep = t.indexOf("::");
    if (sep >= 0) {
      String base = normalize(t.substring(0, sep));
      String rest = t.substring(sep + 2);
      base = ALIASES.getOrDefault(base, base);
      if (TRANSLATABLE.contains(base)) {
        return new ColumnHeader(column, t, base, FormLanguage.parse(rest));
      }
      // media::image, bind::..., body::..., instance::... keep their namespace in the base
      return new ColumnHeader(column, t, base + "::" + rest.strip().toLowerCase(Locale.ROOT), null);
    }
    String base = normalize(t);
    base = ALIASES.getOrDefault(base, base);
    return new ColumnHeader(column, t, base, TRANSLATABLE.contains(base) ? FormLanguage.UNSPECIFIED : null);
  }

  private static String normalize(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
  }

  String letters() {
    return CellReference.columnLetters(column);
  }

  /** The namespace of a {@code ns::rest} base ({@code media}, {@code bind}), or the base itself. */
  String namespace() {
    int sep = base.indexOf("::");
    return sep < 0 ? base : base.substring(0, sep);
  }
}
