package org.guwah.store.lists;

import java.util.Locale;
import java.util.Optional;

/** What a list is, which tells a reviewer how much weight its rows carry. */
public enum ListKind {
  /** A leaked official document: a police or camp spreadsheet, a prison list. */
  LEAKED_OFFICIAL,
  /** A list kept by a human-rights organisation. */
  NGO,
  /** A community group's register of the missing. */
  COMMUNITY,
  /** Names gathered from media reports. */
  MEDIA,
  /** Anything else. */
  OTHER;

  /** The stored code, e.g. {@code leaked_official}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with this code (case-insensitive), if any. */
  public static Optional<ListKind> fromCode(String code) {
    for (ListKind k : values()) {
      if (k.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
