package org.guwah.search.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.BytesRef;
import org.guwah.search.SearchField;
import org.guwah.search.TermSealer;

/**
 * Seals analysed terms for one field: input {@code guwah-search/1/FIELD}, NUL, term; output the
 * first {@value #TOKEN_BYTES} bytes of the sealer's PRF output. An optional per-field cache keeps
 * up to {@code maxEntries} term → token pairs in memory (clear text in the heap, never on disk);
 * when full it is emptied. Thread-safe if the sealer is.
 */
public final class TermSealing {
  /** Length of every token in the index. */
  public static final int TOKEN_BYTES = 16;
  private static final String DOMAIN = "guwah-search/1/";

  private final TermSealer sealer;
  private final int maxEntries;
  private final Map<SearchField, String> prefixes = new EnumMap<>(SearchField.class);
  private final Map<SearchField, ConcurrentHashMap<String, BytesRef>> caches = new EnumMap<>(SearchField.class);

  public TermSealing(TermSealer sealer, int maxEntries) {
    this.sealer = sealer;
    this.maxEntries = maxEntries;
    for (SearchField f : SearchField.values()) {
      prefixes.put(f, DOMAIN + f.code() + '\u0000');
      caches.put(f, new ConcurrentHashMap<>());
    }
  }

  /**
   * The token of {@code term} in {@code field}. The returned bytes are shared: never modify them.
   *
   * @throws IllegalStateException if the sealer returns fewer than {@value #TOKEN_BYTES} bytes
   */
  public BytesRef seal(SearchField field, String term) {
    if (maxEntries == 0) {
      return compute(field, term);
    }
    ConcurrentHashMap<String, BytesRef> cache = caches.get(field);
    BytesRef token = cache.get(term);
    if (token == null) {
      token = compute(field, term);
      if (cache.size() >= maxEntries) {
        cache.clear();
      }
      cache.put(term, token);
    }
    return token;
  }

  /** Empties the caches. */
  public void clear() {
    caches.values().forEach(Map::clear);
  }

  private BytesRef compute(SearchField field, String term) {
    byte[] out = sealer.seal(prefixes.get(field) + term);
    if (out == null || out.length < TOKEN_BYTES) {
      throw new IllegalStateException("term sealer returned fewer than " + TOKEN_BYTES + " bytes");
    }
    return new BytesRef(Arrays.copyOf(out, TOKEN_BYTES));
  }
}
