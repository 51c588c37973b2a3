package org.guwah.store.lists;

import java.util.Locale;
import java.util.Optional;

/** Where a proposed match between a list row and a person stands. */
public enum LinkStatus {
  /** Proposed by linkage; no reviewer has decided. */
  PROPOSED,
  /** A reviewer confirmed: the row is this person. */
  CONFIRMED,
  /** A reviewer rejected: the row is someone else. */
  REJECTED,
  /** A reviewer could not tell; the proposal stays in the queue, after the undecided ones. */
  UNSURE;

  /** The stored code, e.g. {@code confirmed}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with this code (case-insensitive), if any. */
  public static Optional<LinkStatus> fromCode(String code) {
    for (LinkStatus s : values()) {
      if (s.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
