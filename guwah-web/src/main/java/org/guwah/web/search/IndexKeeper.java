package org.guwah.web.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.guwah.search.ReindexReason;
import org.guwah.search.SearchDocument;
import org.guwah.search.SearchIndex;
import org.guwah.search.SearchIndexOptions;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.IndexFeed;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.search.SearchOutbox;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the full-text index (one directory, normally {@code DATA/search}) in step with the
 * database, which is the truth (ADR 0014).
 *
 * <ul>
 *   <li>Every write that matters queues the record in the database's search outbox in the writing
 *       transaction (triggers, migration V7). After a commit, {@link #changed()} indexes the queued
 *       records at once (read-your-writes for the writer); a background pass every few seconds
 *       picks up whatever is left: writes by another process ({@code guwah import}), entries left
 *       by a crash or by a failed index write.
 *   <li>A full {@link #rebuild} runs when the index cannot be used (new key, new analyzer, another
 *       database, damaged or new and empty while the database holds records), when an operator
 *       asked for it ({@code guwah search reindex} against a running server), after repeated
 *       failures, or when the outbox holds more than {@value #REBUILD_ABOVE} records. Until a
 *       rebuild of an unusable index ends, searches are refused ({@link #ready()} is false); the
 *       server starts and serves everything else meanwhile.
 *   <li>If indexing fails, the failure is logged (exception class only, never a value), the entries
 *       stay queued and the index is marked stale: {@link #ready()} is false, so no search answers
 *       from an index that may still count a record whose consent was withdrawn, until a later pass
 *       succeeds.
 * </ul>
 *
 * Thread-safe. Nothing logged carries an identity value or a term.
 */
public final class IndexKeeper implements AutoCloseable {
  /** Records queued above which a full rebuild replaces record-by-record updates. */
  public static final int REBUILD_ABOVE = 20_000;
  /** Failed passes in a row after which the next pass rebuilds the whole index. */
  static final int FAILURES_BEFORE_REBUILD = 3;
  private static final int BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);

  private final SearchIndex index;
  private final CaseStore store;
  private final SearchOutbox outbox;
  private final IndexFeed feed = IndexFeed.create();
  private final ReentrantLock draining = new ReentrantLock();
  private final ReentrantLock rebuilding = new ReentrantLock();
  private final AtomicBoolean passQueued = new AtomicBoolean();
  private volatile boolean stale;
  private volatile boolean closed;
  private volatile int failures;
  private volatile long retryAfterNanos = System.nanoTime();
  private volatile @Nullable ScheduledExecutorService worker;

  private IndexKeeper(SearchIndex index, CaseStore store, SearchOutbox outbox) {
    this.index = index;
    this.store = store;
    this.outbox = outbox;
  }

  /**
   * Opens (creating if needed) the index in {@code directory} for the database behind {@code
   * store}, sealed under the search key of {@code keys}. Does not start the background pass.
   *
   * @throws org.guwah.search.SearchIndexIoException if the directory cannot be opened or another
   *     process holds it
   */
  public static IndexKeeper open(Path directory, CaseStore store, KeyRing keys) {
    return open(directory, store, keys, SearchIndexOptions.defaults());
  }

  /** As {@link #open(Path, CaseStore, KeyRing)} with index options (benchmarks, tests). */
  public static IndexKeeper open(Path directory, CaseStore store, KeyRing keys, SearchIndexOptions options) {
    SearchOutbox outbox = SearchOutbox.of(store.jdbi());
    SearchIndex index = SearchIndex.open(directory, KeyRingTermSealer.of(keys), "db-" + outbox.databaseId(), options);
    return new IndexKeeper(index, store, outbox);
  }

  /** The index (searches go through {@link CaseSearch}). */
  SearchIndex index() {
    return index;
  }

  /** Why the index must be rebuilt before it can answer; empty when it can. */
  public Optional<ReindexReason> reindexRequired() {
    return index.reindexRequired();
  }

  /** Documents in the index now (0 while it must be rebuilt); bookkeeping, never shown to a reader. */
  public long documentCount() {
    return index.documentCount();
  }

  /**
   * Whether searches may be answered: the index is usable and no update of it has failed since its
   * last successful pass.
   */
  public boolean ready() {
    return !closed && !stale && index.reindexRequired().isEmpty();
  }

  /**
   * Starts the background pass: at once, then every {@code interval}. The first pass rebuilds the
   * index if it must (see the class comment), else indexes what is queued.
   */
  public synchronized void start(Duration interval) {
    if (worker != null) {
      return;
    }
    ScheduledExecutorService w = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "guwah-search-index");
      t.setDaemon(true);
      return t;
    });
    worker = w;
    long ms = Math.max(50, interval.toMillis());
    w.scheduleWithFixedDelay(this::pass, 0, ms, TimeUnit.MILLISECONDS);
  }

  /**
   * Records were written and committed: indexes what is queued now, on the calling thread, unless
   * another thread is doing so (then the background pass does it shortly). Never throws.
   */
  public void changed() {
    if (closed) {
      return;
    }
    boolean got = false;
    try {
      got = draining.tryLock(2, TimeUnit.SECONDS);
      if (got && index.reindexRequired().isEmpty()) {
        drainLocked();
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failed(e);
    } finally {
      if (got) {
        draining.unlock();
      }
    }
    queuePass();
  }

  /** Runs one pass soon on the background thread (if started). */
  private void queuePass() {
    ScheduledExecutorService w = worker;
    if (w != null && passQueued.compareAndSet(false, true)) {
      try {
        w.execute(() -> {
          passQueued.set(false);
          pass();
        });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        passQueued.set(false);
      }
    }
  }

  /** One background pass: rebuild if due, else index what is queued. Never throws. */
  void pass() {
    if (closed || System.nanoTime() - retryAfterNanos < 0) {
      return;
    }
    try {
      if (rebuildDue()) {
        rebuild(RebuildListener.SILENT);
        return;
      }
      drain();
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  private boolean rebuildDue() {
    if (index.reindexRequired().isPresent() || failures >= FAILURES_BEFORE_REBUILD
        || outbox.rebuildRequested().isPresent()) {
      return true;
    }
    if (index.documentCount() == 0 && recordCount() > 0) {
      return true;
    }
    return outbox.size() > REBUILD_ABOVE;
  }

  private void failed(RuntimeException e) {
    stale = true;
    failures++;
    // back off: 2, 4, 8 ... seconds between background attempts, at most 5 minutes
    retryAfterNanos = System.nanoTime() + Duration.ofSeconds(Math.min(300, 1L << Math.min(failures, 9))).toNanos();
    LOG.warn("search index update failed ({}, {} in a row); searches wait until a later pass repairs the index",
        e.getClass().getName(), failures);
  }

  /**
   * Indexes every queued record as it is now in the database (deleting the index entries of records
   * that no longer exist), commits the index, then removes exactly those entries from the queue.
   *
   * @return how many queue entries were handled
   * @throws RuntimeException if the database or the index fails (the entries stay queued)
   */
  public int drain() {
    draining.lock();
    try {
      return drainLocked();
    } finally {
      draining.unlock();
    }
  }

  private int drainLocked() {
    int done = 0;
    while (!closed) {
      List<SearchOutbox.Entry> batch = outbox.pending(BATCH);
      if (batch.isEmpty()) {
        break;
      }
      apply(batch);
      index.commit();
      outbox.remove(batch);
      done += batch.size();
      if (batch.size() < BATCH) {
        break;
      }
    }
    stale = false;
    failures = 0;
    retryAfterNanos = System.nanoTime();
    return done;
  }

  /**
   * Re-indexes these records from the database now (used when a search hit is not confirmed by the
   * store: the index was behind). Never throws; a failure marks the index stale.
   */
  void refresh(String kind, Set<UUID> ids) {
    List<SearchOutbox.Entry> entries = new ArrayList<>();
    ids.forEach(id -> entries.add(new SearchOutbox.Entry(kind, id, -1)));
    draining.lock();
    try {
      apply(entries);
      index.commit();
    } catch (RuntimeException e) {
      failed(e);
    } finally {
      draining.unlock();
    }
  }

  private void apply(List<SearchOutbox.Entry> entries) {
    Map<String, List<UUID>> byKind = new LinkedHashMap<>();
    for (SearchOutbox.Entry e : entries) {
      byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.recordId());
    }
    List<SearchDocument> docs = new ArrayList<>();
    store.jdbi().useHandle(h -> {
      for (Map.Entry<String, List<UUID>> k : byKind.entrySet()) {
        if (k.getKey().equals("person")) {
          feed.byIds(h, store.persons(), k.getValue()).forEach(f -> docs.add(SearchDocuments.person(f.record(), f.access())));
        } else if (k.getKey().equals("source")) {
          feed.byIds(h, store.sources(), k.getValue()).forEach(f -> docs.add(SearchDocuments.source(f.record(), f.access())));
        }
      }
    });
    Set<String> present = new java.util.HashSet<>();
    for (SearchDocument d : docs) {
      index.index(d);
      present.add(d.recordId());
    }
    for (SearchOutbox.Entry e : entries) {
      if (!present.contains(e.recordId().toString())) {
        index.delete(e.recordId().toString());
      }
    }
  }

  /** Told how a rebuild advances. */
  @FunctionalInterface
  public interface RebuildListener {
    /** Nothing told. */
    RebuildListener SILENT = (done, total) -> { };

    /** {@code done} of about {@code total} records read so far. */
    void progress(long done, long total);
  }

  /**
   * Rebuilds the whole index from the database (persons, then sources, in pages read as the index
   * consumes them) in a new generation that replaces the old one atomically; the old one answers
   * meanwhile if it was usable. Every record queued when the rebuild started is covered and
   * removed from the queue; records queued later stay for the next pass.
   *
   * @return the number of records indexed
   * @throws org.guwah.search.RebuildFailedException if it failed (the previous index stays)
   * @throws IllegalStateException if a rebuild is already running
   */
  public long rebuild(RebuildListener listener) {
    if (!rebuilding.tryLock()) {
      throw new IllegalStateException("a rebuild of the search index is already running");
    }
    try {
      long started = System.nanoTime();
      Optional<Instant> requested = outbox.rebuildRequested();
      List<SearchOutbox.Entry> covered = outbox.all();
      long total = recordCount();
      Optional<ReindexReason> reason = index.reindexRequired();
      LOG.info("search index: rebuilding from the database ({} records{})", total,
          reason.map(r -> "; " + r.description()).orElse(""));
      FeedIterator docs = new FeedIterator(total, listener);
      long n = index.rebuild(docs);
      for (int from = 0; from < covered.size(); from += 10_000) {
        outbox.remove(covered.subList(from, Math.min(covered.size(), from + 10_000)));
      }
      requested.ifPresent(outbox::rebuildDone);
      stale = false;
      failures = 0;
      retryAfterNanos = System.nanoTime();
      listener.progress(n, n);
      LOG.info("search index: rebuilt, {} records in {} ms", n, (System.nanoTime() - started) / 1_000_000);
      return n;
    } finally {
      rebuilding.unlock();
    }
  }

  private long recordCount() {
    Map<String, Long> counts = store.counts();
    return counts.getOrDefault("person", 0L) + counts.getOrDefault("source", 0L);
  }

  /** Persons, then sources, one page of {@value #BATCH} at a time, each page in its own handle. */
  private final class FeedIterator implements Iterator<SearchDocument> {
    private final long total;
    private final RebuildListener listener;
    private final List<SearchDocument> buffer = new ArrayList<>();
    private int position;
    private int stage;
    private @Nullable UUID after;
    private long handed;

    FeedIterator(long total, RebuildListener listener) {
      this.total = total;
      this.listener = listener;
    }

    @Override
    public boolean hasNext() {
      while (position >= buffer.size()) {
        if (closed) {
          // never let a cut-short rebuild replace the index: fail it, the old generation stays
          throw new IllegalStateException("the search index is closing; rebuild abandoned");
        }
        if (stage > 1) {
          return false;
        }
        buffer.clear();
        position = 0;
        if (stage == 0) {
          fill(store.persons(), f -> SearchDocuments.person(f.record(), f.access()));
        } else {
          fill(store.sources(), f -> SearchDocuments.source(f.record(), f.access()));
        }
      }
      return true;
    }

    private <T> void fill(RecordStore<T, ?> records, Function<IndexFeed.Fed<T>, SearchDocument> map) {
      List<IndexFeed.Fed<T>> page = store.jdbi().withHandle(h -> feed.page(h, records, after, BATCH));
      for (IndexFeed.Fed<T> f : page) {
        buffer.add(map.apply(f));
      }
      if (page.size() < BATCH) {
        stage++;
        after = null;
      } else {
        after = page.get(page.size() - 1).access().id();
      }
    }

    @Override
    public SearchDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      handed++;
      if (handed % 5_000 == 0) {
        listener.progress(handed, total);
      }
      return buffer.get(position++);
    }
  }

  /** Stops the background pass, waits for it, and closes the index (committing it). Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ScheduledExecutorService w = worker;
    if (w != null) {
      w.shutdown();
      try {
        w.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    index.close();
  }

  @Override
  public String toString() {
    return "IndexKeeper[" + (ready() ? "ready" : "not ready") + "]";
  }
}
