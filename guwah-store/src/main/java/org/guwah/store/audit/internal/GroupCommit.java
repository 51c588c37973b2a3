package org.guwah.store.audit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Group commit without a thread of its own: callers queue their items; whichever caller finds no
 * write in progress becomes the writer, takes everything queued (up to {@code maxBatch} items, at
 * least one caller's) and hands it to the batch writer in one go, while the others wait. Every
 * caller returns only once its own items were written and the writer's follow-up (e.g. an fsync
 * of a side file) has run, or throws the writer's failure.
 *
 * <p>The follow-up runs after the next batch may already be writing, so slow follow-ups overlap
 * with the next write instead of delaying it; follow-ups of successive batches may therefore
 * finish out of order. Thread-safe. Waiting is not interruptible (a caller's items may already be
 * in the database). Each caller waits on its own condition and is woken only when its items are
 * written or it is first in line to write the next batch, never by other callers' progress.
 *
 * @param <T> item type
 */
public final class GroupCommit<T> {
  private static final Runnable NOTHING = () -> {};

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Request<T>> queue = new ArrayDeque<>();
  private final Function<List<T>, Runnable> writer;
  private final int maxBatch;
  private boolean writing;

  private static final class Request<T> {
    final List<T> items;
    final Condition wake;
    boolean done;
    @Nullable Throwable failure;

    Request(List<T> items, Condition wake) {
      this.items = items;
      this.wake = wake;
    }
  }

  /**
   * @param writer writes one batch atomically and returns a follow-up to run once the next batch
   *     may start (never throwing); a thrown exception fails every caller of the batch
   * @param maxBatch items per batch at most (a single caller's items are never split)
   */
  public GroupCommit(Function<List<T>, Runnable> writer, int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be positive");
    }
    this.writer = writer;
    this.maxBatch = maxBatch;
  }

  /**
   * Writes {@code items} together with whatever other callers queued meanwhile.
   *
   * @return null when written, else what the writer threw (also an {@link Error})
   */
  public @Nullable Throwable submit(List<T> items) {
    lock.lock();
    try {
      Request<T> mine = new Request<>(items, lock.newCondition());
      queue.add(mine);
      while (!mine.done) {
        if (writing || queue.isEmpty()) {
          mine.wake.awaitUninterruptibly();
        } else {
          writeBatch();
        }
      }
      return mine.failure;
    } finally {
      lock.unlock();
    }
  }

  /** Called with the lock held; releases it while writing and following up. */
  private void writeBatch() {
    writing = true;
    List<Request<T>> batch = new ArrayList<>();
    List<T> items = new ArrayList<>();
    while (!queue.isEmpty()
        && (batch.isEmpty() || items.size() + queue.peek().items.size() <= maxBatch)) {
      Request<T> next = queue.poll();
      batch.add(next);
      items.addAll(next.items);
    }
    Throwable failure = null;
    Runnable followUp = NOTHING;
    lock.unlock();
    try {
      followUp = writer.apply(items);
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      lock.lock();
      writing = false;
      Request<T> next = queue.peek();
      if (next != null) {
        next.wake.signal(); // first in line writes the next batch
      }
    }
    lock.unlock();
    try {
      followUp.run();
    } catch (RuntimeException e) {
      // a follow-up must not fail the written batch; it handles its own problems
    } finally {
      lock.lock();
      for (Request<T> r : batch) {
        r.failure = failure;
        r.done = true;
        r.wake.signal();
      }
    }
  }

  @Override
  public String toString() {
    return "GroupCommit[maxBatch=" + maxBatch + "]";
  }
}
