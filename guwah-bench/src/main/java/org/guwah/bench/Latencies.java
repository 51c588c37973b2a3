package org.guwah.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Latencies in nanoseconds gathered from several client threads, sorted, with percentiles in ms. */
final class Latencies {
  private final long[] sorted;

  private Latencies(long[] sorted) {
    this.sorted = sorted;
  }

  /** Waits for every client and sorts what they measured. */
  static Latencies of(List<Future<long[]>> clients) throws InterruptedException, ExecutionException {
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : clients) {
      for (long v : f.get()) {
        all.add(v);
      }
    }
    return new Latencies(all.stream().mapToLong(Long::longValue).sorted().toArray());
  }

  int count() {
    return sorted.length;
  }

  /** The {@code p} quantile (0..1) in milliseconds. */
  double ms(double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  double maxMs() {
    return sorted[sorted.length - 1] / 1e6;
  }
}
