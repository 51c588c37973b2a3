package org.guwah.store.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link Reencryption}: its state, counts per table, start and end time, and its
 * result. Thread-safe; the counts may be read while the job runs.
 */
public final class ReencryptionRun {
  /** Where a run stands. */
  public enum State {
    RUNNING,
    FINISHED,
    CANCELLED,
    FAILED;

    /** Whether the run has ended. */
    public boolean ended() {
      return this != RUNNING;
    }
  }

  private final Clock clock;
  private final Instant startedAt;
  private final Map<String, TableReencryption> tables = new LinkedHashMap<>();
  private final CompletableFuture<ReencryptionSummary> result = new CompletableFuture<>();
  private @Nullable Instant finishedAt;
  private State state = State.RUNNING;
  private volatile boolean cancelRequested;

  ReencryptionRun(Clock clock, List<TableReencryption> start) {
    this.clock = clock;
    this.startedAt = clock.instant();
    for (TableReencryption t : start) {
      tables.put(t.kind(), t);
    }
  }

  /** Asks the run to stop after the current batch; rows not yet visited keep their old key. */
  public void cancel() {
    cancelRequested = true;
  }

  boolean cancelRequested() {
    return cancelRequested || Thread.currentThread().isInterrupted();
  }

  public synchronized State state() {
    return state;
  }

  /** Counts per table, in job order. */
  public synchronized List<TableReencryption> tables() {
    return List.copyOf(new ArrayList<>(tables.values()));
  }

  /** Rows visited so far, over all tables. */
  public synchronized long done() {
    return tables.values().stream().mapToLong(TableReencryption::done).sum();
  }

  /** Rows to visit, over all tables (grows if rows are added while the job runs). */
  public synchronized long total() {
    return tables.values().stream().mapToLong(TableReencryption::total).sum();
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** When the run ended, if it has. */
  public synchronized Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /** Completes with the summary when the run ends (exceptionally if it failed). */
  public CompletableFuture<ReencryptionSummary> result() {
    return result.copy();
  }

  synchronized void update(TableReencryption table) {
    tables.put(table.kind(), table);
  }

  ReencryptionSummary finish(boolean cancelled) {
    ReencryptionSummary summary;
    synchronized (this) {
      summary = new ReencryptionSummary(List.copyOf(tables.values()), cancelled);
      state = cancelled ? State.CANCELLED : State.FINISHED;
      finishedAt = clock.instant();
    }
    result.complete(summary);
    return summary;
  }

  void fail(Throwable cause) {
    synchronized (this) {
      state = State.FAILED;
      finishedAt = clock.instant();
    }
    result.completeExceptionally(cause);
  }

  @Override
  public synchronized String toString() {
    return "ReencryptionRun[" + state + ", " + done() + "/" + total() + "]";
  }
}
