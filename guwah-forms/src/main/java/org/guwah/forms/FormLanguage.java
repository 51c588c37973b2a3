package org.guwah.forms;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A language of a form's texts, from a column header such as {@code label::Uyghur (ug)}: {@code
 * name} "Uyghur", {@code code} "ug". A header without a code ({@code label::English}) has only a
 * name; a bare code ({@code label::ug}) is taken as the code. The plain {@code label} column is the
 * {@link #UNSPECIFIED} language.
 *
 * @param key how texts are keyed: the code when there is one, else the lower-case name, {@code ""}
 *     for the unspecified language
 */
public record FormLanguage(String key, String name, @Nullable String code) {
  public static final FormLanguage UNSPECIFIED = new FormLanguage("", "", null);

  private static final Pattern WITH_CODE = Pattern.compile("^(.*?)\\s*\\(\\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\s*\\)\\s*$");
  private static final Pattern BARE_CODE = Pattern.compile("^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$");

  public FormLanguage {
    if (code != null && !code.equals(code.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("language codes are lower case");
    }
  }

  /** Reads the part of a header after {@code ::}. */
  public static FormLanguage parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return UNSPECIFIED;
    }
    Matcher m = WITH_CODE.matcher(t);
    if (m.matches()) {
      String code = m.group(2).toLowerCase(Locale.ROOT).replace('_', '-');
      String name = m.group(1).strip();
      return new FormLanguage(code, name.isEmpty() ? code : name, code);
    }
    if (BARE_CODE.matcher(t).matches()) {
      return new FormLanguage(t, t, t);
    }
    return new FormLanguage(t.toLowerCase(Locale.ROOT), t, null);
  }

  /** Whether a requested tag ({@code ug}, {@code ug-CN}, {@code Uyghur}) names this language. */
  public boolean matches(String requested) {
    String r = requested.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (r.isEmpty()) {
      return key.isEmpty();
    }
    if (code != null) {
      String primary = r.split("-", 2)[0];
      if (r.equals(code) || primary.equals(code) || primary.equals(code.split("-", 2)[0])) {
        return true;
      }
    }
    return r.equals(name.toLowerCase(Locale.ROOT)) || r.equals(key);
  }

  /** How the language looks in a header: {@code Uyghur (ug)}. */
  public String display() {
    if (key.isEmpty()) {
      return "(no language)";
    }
    return code == null || code.equals(name) ? name : name + " (" + code + ")";
  }
}
