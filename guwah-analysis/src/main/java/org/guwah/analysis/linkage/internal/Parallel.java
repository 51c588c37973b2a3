package org.guwah.analysis.linkage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs numbered chunks of work on a fixed number of threads owned by one linkage run. The chunks
 * are the unit of determinism: callers cut work into chunks that do not depend on the number of
 * threads and combine chunk results in chunk order.
 */
public final class Parallel implements AutoCloseable {
  private final int threads;
  private final @Nullable ExecutorService pool;

  /** A runner with {@code threads} threads (1 runs everything on the caller's thread). */
  public Parallel(int threads) {
    this.threads = threads;
    if (threads > 1) {
      ThreadFactory factory =
          r -> {
            Thread t = new Thread(r, "guwah-linkage");
            t.setDaemon(true);
            return t;
          };
      this.pool = Executors.newFixedThreadPool(threads, factory);
    } else {
      this.pool = null;
    }
  }

  /** Number of threads. */
  public int threads() {
    return threads;
  }

  /** Runs {@code task} for chunks {@code 0 .. chunks-1} and waits for all of them. */
  public void run(int chunks, IntConsumer task) {
    ExecutorService pool = this.pool;
    if (pool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        task.accept(c);
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      final int chunk = c;
      futures.add(pool.submit(() -> task.accept(chunk)));
    }
    RuntimeException failure = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (failure == null) {
          failure =
              cause instanceof RuntimeException
                  ? (RuntimeException) cause
                  : new IllegalStateException("linkage worker failed", cause);
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Chunks of about {@code size} items for {@code n} items (at least one chunk). */
  public static int chunks(long n, int size) {
    return (int) Math.max(1, (n + size - 1) / size);
  }

  @Override
  public void close() {
    ExecutorService pool = this.pool;
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
