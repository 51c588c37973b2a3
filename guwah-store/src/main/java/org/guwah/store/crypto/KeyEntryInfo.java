package org.guwah.store.crypto;

import java.util.Objects;

/**
 * Redacted description of one key of a keyset: never key material.
 *
 * @param id the key id (unsigned 32-bit value as stored by Tink)
 * @param status {@code ENABLED}, {@code DISABLED} or {@code DESTROYED}
 * @param primary whether new ciphertexts/tokens use this key
 * @param parameters algorithm parameters, e.g. key size and variant
 */
public record KeyEntryInfo(long id, String status, boolean primary, String parameters) {
  public KeyEntryInfo {
    if (id < 0 || id > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("id must be an unsigned 32-bit value");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(parameters, "parameters");
  }
}
