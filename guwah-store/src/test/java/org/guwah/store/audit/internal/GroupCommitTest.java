package org.guwah.store.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  @Test
  void concurrentCallersShareBatchesAndReturnOnlyOnceWritten() throws Exception {
    Set<Integer> written = ConcurrentHashMap.newKeySet();
    List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    Set<Integer> followedUp = ConcurrentHashMap.newKeySet();
    GroupCommit<Integer> group = new GroupCommit<>(items -> {
      sleep(2);
      batchSizes.add(items.size());
      for (Integer i : items) {
        assertThat(written.add(i)).as("written once").isTrue();
      }
      return () -> {
        sleep(1);
        followedUp.addAll(items);
      };
    }, 16);
    int threads = 32;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * perThread;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = base; i < base + perThread; i++) {
          assertThat(group.submit(List.of(i))).isNull();
          assertThat(written).contains(i);
          assertThat(followedUp).contains(i);
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(written).hasSize(threads * perThread);
    assertThat(batchSizes).allSatisfy(n -> assertThat(n).isBetween(1, 16));
    assertThat(batchSizes.size()).as("grouped").isLessThan(threads * perThread / 2);
  }

  @Test
  void oneCallersItemsAreNeverSplit() {
    List<List<String>> batches = new ArrayList<>();
    GroupCommit<String> group = new GroupCommit<>(items -> {
      batches.add(List.copyOf(items));
      return () -> {};
    }, 3);
    assertThat(group.submit(List.of("a", "b", "c", "d", "e"))).isNull();
    assertThat(batches).containsExactly(List.of("a", "b", "c", "d", "e"));
  }

  @Test
  void aFailedBatchFailsExactlyItsCallers() throws Exception {
    Set<Integer> written = ConcurrentHashMap.newKeySet();
    GroupCommit<Integer> group = new GroupCommit<>(items -> {
      sleep(1);
      if (items.contains(13) || items.contains(77)) {
        throw new IllegalStateException("poisoned batch");
      }
      written.addAll(items);
      return () -> {};
    }, 8);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Throwable>> results = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int item = i;
      results.add(pool.submit(() -> group.submit(List.of(item))));
    }
    int failed = 0;
    for (int i = 0; i < results.size(); i++) {
      Throwable failure = results.get(i).get(60, TimeUnit.SECONDS);
      assertThat(failure == null).as("item %d", i).isEqualTo(written.contains(i));
      if (failure != null) {
        assertThat(failure).isInstanceOf(IllegalStateException.class);
        failed++;
      }
    }
    pool.shutdown();
    assertThat(written).doesNotContain(13, 77);
    assertThat(failed).isBetween(2, 16);
    // the group keeps working after a failure
    assertThat(group.submit(List.of(500))).isNull();
    assertThat(written).contains(500);
  }

  @Test
  void anErrorIsHandedBackAndDoesNotWedgeTheGroup() {
    boolean[] fail = {true};
    GroupCommit<String> group = new GroupCommit<>(items -> {
      if (fail[0]) {
        throw new AssertionError("boom");
      }
      return () -> {
        throw new IllegalStateException("a failing follow-up is ignored");
      };
    }, 4);
    assertThat(group.submit(List.of("x"))).isInstanceOf(AssertionError.class);
    fail[0] = false;
    assertThat(group.submit(List.of("y"))).isNull();
  }

  @Test
  void theNextBatchIsWrittenWhileAFollowUpRuns() throws Exception {
    CountDownLatch secondWritten = new CountDownLatch(1);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    GroupCommit<String> group = new GroupCommit<>(items -> {
      order.add("write " + items);
      if (items.contains("b")) {
        secondWritten.countDown();
        return () -> order.add("follow-up [b]");
      }
      return () -> {
        try {
          assertThat(secondWritten.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        order.add("follow-up [a]");
      };
    }, 10);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Throwable> a = pool.submit(() -> group.submit(List.of("a")));
    while (order.isEmpty()) {
      sleep(1);
    }
    Future<Throwable> b = pool.submit(() -> group.submit(List.of("b")));
    assertThat(a.get(30, TimeUnit.SECONDS)).isNull();
    assertThat(b.get(30, TimeUnit.SECONDS)).isNull();
    pool.shutdown();
    assertThat(order).startsWith("write [a]", "write [b]").contains("follow-up [a]", "follow-up [b]");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
