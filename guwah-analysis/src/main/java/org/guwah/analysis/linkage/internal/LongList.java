package org.guwah.analysis.linkage.internal;

import java.util.Arrays;

/** A growable array of longs (and, optionally, a parallel array of ints). Not thread-safe. */
public final class LongList {
  long[] values;
  int[] extra;
  int size;

  public LongList(int capacity, boolean withExtra) {
    values = new long[Math.max(capacity, 4)];
    extra = withExtra ? new int[values.length] : new int[0];
  }

  public void add(long v) {
    if (size == values.length) {
      grow();
    }
    values[size++] = v;
  }

  public void add(long v, int e) {
    if (size == values.length) {
      grow();
    }
    extra[size] = e;
    values[size++] = v;
  }

  private void grow() {
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, values.length * 2L);
    if (capacity <= values.length) {
      throw new IllegalStateException("too many candidate pairs for one run");
    }
    values = Arrays.copyOf(values, capacity);
    if (extra.length > 0) {
      extra = Arrays.copyOf(extra, capacity);
    }
  }

  public int size() {
    return size;
  }

  public long get(int i) {
    return values[i];
  }

  /** Concatenates lists in order. */
  public static LongList concat(LongList[] parts, boolean withExtra) {
    long total = 0;
    for (LongList p : parts) {
      total += p.size;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many candidate pairs for one run");
    }
    LongList out = new LongList((int) total, withExtra);
    for (int i = 0; i < parts.length; i++) {
      LongList p = parts[i];
      System.arraycopy(p.values, 0, out.values, out.size, p.size);
      if (withExtra) {
        System.arraycopy(p.extra, 0, out.extra, out.size, p.size);
      }
      out.size += p.size;
      parts[i] = null;
    }
    return out;
  }
}
