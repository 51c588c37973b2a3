package org.guwah.forms.xlsx;

import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Which cell styles ({@code s} attribute, an index into {@code cellXfs}) format numbers as dates:
 * the built-in date formats (14–22, 27–36, 45–47, 50–58) and custom formats with day, month or
 * year codes outside quotes and brackets. Immutable once read.
 */
final class Styles {
  private static final int MAX_STYLES = 65_536;

  private final BitSet dateStyles;

  private Styles(BitSet dateStyles) {
    this.dateStyles = dateStyles;
  }

  static Styles none() {
    return new Styles(new BitSet());
  }

  boolean isDate(int styleIndex) {
    return styleIndex >= 0 && dateStyles.get(styleIndex);
  }

  static Styles read(String part, InputStream in) {
    Map<Integer, String> custom = new HashMap<>();
    BitSet dates = new BitSet();
    try (SafeXml.Reader r = SafeXml.open(part, in)) {
      int ev;
      boolean inCellXfs = false;
      int xf = 0;
      while ((ev = r.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
        String name = r.name();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (name.equals("numFmt")) {
            Integer id = integer(r.attribute("numFmtId"));
            String code = r.attribute("formatCode");
            if (id != null && code != null && custom.size() < MAX_STYLES) {
              custom.put(id, code);
            }
          } else if (name.equals("cellXfs")) {
            inCellXfs = true;
          } else if (name.equals("xf") && inCellXfs) {
            Integer id = integer(r.attribute("numFmtId"));
            if (id != null && xf < MAX_STYLES && isDateFormat(id, custom.get(id))) {
              dates.set(xf);
            }
            xf++;
          }
        } else if (name.equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }
    return new Styles(dates);
  }

  private static Integer integer(String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean isDateFormat(int id, String code) {
    if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58) {
      return true;
    }
    if (code == null) {
      return false;
    }
    StringBuilder bare = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (bracket == 0) {
        bare.append(Character.toLowerCase(c));
      }
    }
    String b = bare.toString();
    if (b.contains("general")) {
      return false;
    }
    return b.indexOf('d') >= 0 || b.indexOf('y') >= 0 || b.indexOf('m') >= 0 && b.indexOf('0') < 0 && b.indexOf('#') < 0;
  }
}
