package org.guwah.analysis.linkage.internal;

/** A 64-bit hash of text (FNV-1a over UTF-16 units, then the MurmurHash3 finaliser). */
public final class Hash64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** Starts a hash. */
  public static long start() {
    return FNV_OFFSET;
  }

  /** Adds {@code s} to hash {@code h}. */
  public static long add(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** Adds a number to hash {@code h}. */
  public static long add(long h, long v) {
    for (int i = 0; i < 8; i++) {
      h ^= (v >>> (8 * i)) & 0xFF;
      h *= FNV_PRIME;
    }
    return h;
  }

  /** Finishes a hash. */
  public static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** The hash of one string. */
  public static long of(CharSequence s) {
    return finish(add(start(), s));
  }
}
