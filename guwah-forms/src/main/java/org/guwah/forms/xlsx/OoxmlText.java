package org.guwah.forms.xlsx;

/**
 * Decodes the {@code _xHHHH_} escapes that OOXML uses for characters XML cannot carry (ECMA-376
 * ST_Xstring); {@code _x005F_} escapes a literal underscore. Other text is returned unchanged.
 */
final class OoxmlText {
  private OoxmlText() {}

  static String decode(String s) {
    int i = s.indexOf("_x");
    if (i < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int from = 0;
    while (i >= 0) {
      if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
        sb.append(s, from, i);
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        from = i + 7;
        i = s.indexOf("_x", from);
      } else {
        i = s.indexOf("_x", i + 1);
      }
    }
    sb.append(s, from, s.length());
    return sb.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
