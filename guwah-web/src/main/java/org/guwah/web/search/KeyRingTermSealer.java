package org.guwah.web.search;

import org.guwah.search.TermSealer;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.SearchTermKey;

/**
 * The production {@link TermSealer}: the installation's search key ({@link SearchTermKey}, derived
 * from the blind-index keyset; ADR 0014). The key itself stays in the store's crypto package; this
 * adapter only keeps Lucene out of the store. Thread-safe.
 */
public final class KeyRingTermSealer implements TermSealer {
  private final SearchTermKey key;

  private KeyRingTermSealer(SearchTermKey key) {
    this.key = key;
  }

  /** The sealer of {@code keys}. */
  public static KeyRingTermSealer of(KeyRing keys) {
    return new KeyRingTermSealer(keys.searchTermKey());
  }

  @Override
  public String keyId() {
    return key.keyId();
  }

  @Override
  public byte[] seal(String input) {
    return key.seal(input);
  }

  @Override
  public String toString() {
    return "KeyRingTermSealer[" + key.keyId() + "]";
  }
}
