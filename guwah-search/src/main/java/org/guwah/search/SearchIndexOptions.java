package org.guwah.search;

/**
 * Tuning of a {@link SearchIndex}.
 *
 * @param sealCacheEntries how many sealed terms to keep in memory per text field (0 disables the
 *     cache); the cache maps analysed terms (clear text, in memory only) to tokens, trading memory
 *     for fewer PRF calls; it is dropped on close and when full
 * @param ramBufferMb Lucene's indexing buffer, in MB
 * @param rebuildThreads threads that analyse, seal and add documents during {@link
 *     SearchIndex#rebuild} (the source is still read by the calling thread)
 */
public record SearchIndexOptions(int sealCacheEntries, double ramBufferMb, int rebuildThreads) {
  /**
   * @throws IllegalArgumentException if a value is out of range
   */
  public SearchIndexOptions {
    if (sealCacheEntries < 0) {
      throw new IllegalArgumentException("sealCacheEntries must not be negative");
    }
    if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
      throw new IllegalArgumentException("ramBufferMb must be between 1 and 2048");
    }
    if (rebuildThreads < 1 || rebuildThreads > 64) {
      throw new IllegalArgumentException("rebuildThreads must be between 1 and 64");
    }
  }

  /** 100,000 cached terms per field, 64 MB buffer, one rebuild thread per core (at most 4). */
  public static SearchIndexOptions defaults() {
    return new SearchIndexOptions(100_000, 64, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  /** A copy with {@code rebuildThreads}. */
  public SearchIndexOptions withRebuildThreads(int value) {
    return new SearchIndexOptions(sealCacheEntries, ramBufferMb, value);
  }

  /** A copy with {@code sealCacheEntries}. */
  public SearchIndexOptions withSealCacheEntries(int value) {
    return new SearchIndexOptions(value, ramBufferMb, rebuildThreads);
  }
}
