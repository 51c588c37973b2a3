package org.guwah.analysis.linkage.internal;

/**
 * Stable LSD radix sorts of primitive arrays (8-bit digits, passes whose digit is constant are
 * skipped), so that tens of millions of keys sort in a second without boxing.
 */
public final class LongSort {
  private LongSort() {}

  /** Sorts {@code a[0, n)} ascending as signed longs. */
  public static void sort(long[] a, int n) {
    long[] tmp = new long[n];
    long[] src = a;
    long[] dst = tmp;
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[digit(src[i], shift) + 1]++;
      }
      if (constant(count, n)) {
        continue;
      }
      for (int d = 0; d < 256; d++) {
        count[d + 1] += count[d];
      }
      for (int i = 0; i < n; i++) {
        dst[count[digit(src[i], shift)]++] = src[i];
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  /** Sorts {@code keys[0, n)} ascending as signed longs, moving {@code values} along; stable. */
  public static void sort(long[] keys, int[] values, int n) {
    long[] tmpK = new long[n];
    int[] tmpV = new int[n];
    long[] srcK = keys;
    int[] srcV = values;
    long[] dstK = tmpK;
    int[] dstV = tmpV;
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[digit(srcK[i], shift) + 1]++;
      }
      if (constant(count, n)) {
        continue;
      }
      for (int d = 0; d < 256; d++) {
        count[d + 1] += count[d];
      }
      for (int i = 0; i < n; i++) {
        int pos = count[digit(srcK[i], shift)]++;
        dstK[pos] = srcK[i];
        dstV[pos] = srcV[i];
      }
      long[] tk = srcK;
      srcK = dstK;
      dstK = tk;
      int[] tv = srcV;
      srcV = dstV;
      dstV = tv;
    }
    if (srcK != keys) {
      System.arraycopy(srcK, 0, keys, 0, n);
      System.arraycopy(srcV, 0, values, 0, n);
    }
  }

  /** Removes adjacent duplicates from sorted {@code a[0, n)}; returns the new length. */
  public static int unique(long[] a, int n) {
    if (n == 0) {
      return 0;
    }
    int w = 1;
    for (int i = 1; i < n; i++) {
      if (a[i] != a[w - 1]) {
        a[w++] = a[i];
      }
    }
    return w;
  }

  private static int digit(long v, int shift) {
    int d = (int) ((v >>> shift) & 0xFF);
    return shift == 56 ? d ^ 0x80 : d; // signed order on the top byte
  }

  private static boolean constant(int[] count, int n) {
    for (int d = 1; d <= 256; d++) {
      if (count[d] == n) {
        return true;
      }
      if (count[d] != 0) {
        return false;
      }
    }
    return true;
  }
}
