package org.guwah.app.demo;

import org.jspecify.annotations.Nullable;

/**
 * A real Xinjiang county-level division (GB/T 2260 code, DOMAIN.md §10) used as a synthetic
 * person's hometown. A retired code (Turpan 652101, Hami 652201, Kuqa 652923, Yining 654101) still
 * appears in resident IDs issued before {@code retiredIn}; the current code is {@code successor}.
 */
record County(String code, String prefecture, @Nullable String successor, int retiredIn) {
  static County current(String code, String prefecture) {
    return new County(code, prefecture, null, 0);
  }

  /** The code a resident ID issued to someone born in {@code birthYear} (at about 16) carries. */
  String codeInIdFor(int birthYear) {
    return successor != null && birthYear + 16 >= retiredIn ? successor : code;
  }

  /** The code of the county today. */
  String currentCode() {
    return successor != null ? successor : code;
  }
}
