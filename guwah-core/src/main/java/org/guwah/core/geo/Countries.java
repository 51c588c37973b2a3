package org.guwah.core.geo;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as known to the JDK. */
public final class Countries {
  private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  private Countries() {}

  /** Whether {@code code} is an assigned ISO 3166-1 alpha-2 code (upper case, e.g. {@code TR}). */
  public static boolean isKnown(String code) {
    return CODES.contains(code);
  }

  /** All codes. */
  public static Set<String> codes() {
    return CODES;
  }
}
