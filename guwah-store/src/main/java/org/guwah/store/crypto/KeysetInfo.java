package org.guwah.store.crypto;

import java.util.List;
import java.util.Objects;

/**
 * Redacted description of one keyset of a {@link KeyRing}: never key material.
 *
 * @param purpose {@code fields} (AEAD for field encryption) or {@code blind-index} (PRF)
 * @param fileName the keyset's file name in the keys directory
 * @param keys the keys in keyset order
 */
public record KeysetInfo(String purpose, String fileName, List<KeyEntryInfo> keys) {
  public KeysetInfo {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(fileName, "fileName");
    keys = List.copyOf(keys);
  }

  /** The id of the primary key. */
  public long primaryKeyId() {
    return keys.stream()
        .filter(KeyEntryInfo::primary)
        .mapToLong(KeyEntryInfo::id)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("keyset has no primary key"));
  }
}
