package org.guwah.app.demo;

import java.util.List;
import java.util.Random;

/** Random choices on a caller-supplied {@link Random}; deterministic for a given sequence. */
final class Draws {
  private Draws() {}

  static <T> T one(Random rnd, List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  @SafeVarargs
  static <T> T one(Random rnd, T... items) {
    return items[rnd.nextInt(items.length)];
  }

  /** Index {@code i} with probability {@code weights[i] / sum(weights)}. */
  static int weighted(Random rnd, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** True with probability {@code percent}/100. */
  static boolean chance(Random rnd, double percent) {
    return rnd.nextDouble() * 100 < percent;
  }

  /** Uniform in {@code [from, to]}. */
  static int between(Random rnd, int from, int to) {
    return from + rnd.nextInt(to - from + 1);
  }

  /** {@code length} random lower-case letters and digits. */
  static String alnum(Random rnd, int length) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /** {@code length} random decimal digits. */
  static String digits(Random rnd, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }
}
