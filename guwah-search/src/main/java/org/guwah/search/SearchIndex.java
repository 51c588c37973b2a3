package org.guwah.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.guwah.search.analysis.SearchAnalyzer;
import org.guwah.search.internal.DocumentMapper;
import org.guwah.search.internal.FacetCounter;
import org.guwah.search.internal.FieldNames;
import org.guwah.search.internal.Generation;
import org.guwah.search.internal.IndexLayout;
import org.guwah.search.internal.IndexMarker;
import org.guwah.search.internal.QueryCompiler;
import org.guwah.search.internal.RebuildJournal;
import org.guwah.search.internal.TermSealing;
import org.jspecify.annotations.Nullable;

/**
 * A full-text index in one directory, with near-real-time search, upserts and deletes, and an
 * atomic rebuild from the database.
 *
 * <p><b>What is on disk.</b> Every term of every text field is analysed ({@link SearchAnalyzer})
 * and then replaced by a 16-byte keyed token from the caller's {@link TermSealer}; Lucene sees
 * only tokens (with positions, so phrases work). Stored fields hold the record id and kind only,
 * doc values the coded facet values only; account ids, consent purposes and the protected flag
 * are indexed keywords. What the files still reveal to someone without the key: how many distinct
 * terms there are and how often each occurs in which documents (frequency analysis can guess the
 * commonest words of a language), document lengths (norms and positions), which tokens recur
 * together or in the same order, which documents contain CJK text (its unigram/bigram pattern),
 * and the coded facets and access attributes in clear. Prefix, wildcard and fuzzy search are
 * impossible on tokens. Keep the directory on an encrypted volume all the same.
 *
 * <p><b>Layout and restarts.</b> The directory holds generations and a pointer to the current one
 * (see {@link IndexLayout}); each generation records the analyzer fingerprint and the sealer's key
 * id. Reopening gives the same results as before {@link #close()} (and as of the last {@link
 * #commit()} after a crash; uncommitted writes are lost, the caller re-indexes or rebuilds). If
 * the key or the analyzer changed, or the files are damaged, the index opens in the
 * "reindex required" state: {@link #search} and writes throw {@link ReindexRequiredException}
 * until {@link #rebuild} succeeds. One process at a time may open a directory.
 *
 * <p><b>Threads.</b> All methods are thread-safe. A search sees every write that returned before
 * it started. Writes during a rebuild go to the current index and are replayed into the new one
 * before it replaces the old, so none is lost. One rebuild at a time.
 *
 * <p><b>Errors.</b> I/O failures are {@link SearchIndexIoException}; after {@link #close()} every
 * method throws {@link IllegalStateException}. No message carries text, terms or names. Nothing is
 * logged.
 */
public final class SearchIndex implements Closeable {
  private static final Set<String> STORED = Set.of(FieldNames.ID, FieldNames.facet(SearchDocument.KIND_DIMENSION));

  private final IndexLayout layout;
  private final IndexMarker expected;
  private final TermSealing sealing;
  private final DocumentMapper mapper;
  private final QueryCompiler compiler;
  private final SearchIndexOptions options;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ReentrantLock rebuilding = new ReentrantLock();
  private volatile boolean closed;
  // guarded by lock
  private @Nullable Generation current;
  private ReindexReason reindexReason = ReindexReason.UNREADABLE;
  private @Nullable RebuildJournal journal;

  private SearchIndex(IndexLayout layout, IndexMarker expected, TermSealing sealing, SearchIndexOptions options) {
    this.layout = layout;
    this.expected = expected;
    this.sealing = sealing;
    this.options = options;
    this.mapper = new DocumentMapper(SearchAnalyzer.forIndexing(), sealing);
    this.compiler = new QueryCompiler(SearchAnalyzer.forQueries(), sealing);
  }

  /** {@link #open(Path, TermSealer, SearchIndexOptions)} with {@link SearchIndexOptions#defaults()}. */
  public static SearchIndex open(Path directory, TermSealer sealer) {
    return open(directory, sealer, SearchIndexOptions.defaults());
  }

  /**
   * Opens (creating if needed) the index in {@code directory}. A new directory gets an empty
   * index; leftovers of an interrupted rebuild are removed. Check {@link #reindexRequired()}.
   *
   * @throws SearchIndexIoException if the directory cannot be created, read or locked (another
   *     process has it open)
   * @throws IllegalArgumentException if the sealer's key id is empty, longer than 128 characters or
   *     not printable ASCII
   */
  public static SearchIndex open(Path directory, TermSealer sealer, SearchIndexOptions options) {
    return open(directory, sealer, "", options);
  }

  /**
   * As {@link #open(Path, TermSealer, SearchIndexOptions)}, for documents that come from {@code
   * origin} (for example the id of the database the index mirrors; not secret, at most 128
   * printable ASCII characters). Each generation records its origin; an index built from another
   * origin opens in the "reindex required" state ({@link ReindexReason#ORIGIN_CHANGED}), so that
   * an index of one database never answers for another.
   *
   * @throws IllegalArgumentException also if {@code origin} is too long or not printable ASCII
   */
  public static SearchIndex open(Path directory, TermSealer sealer, String origin, SearchIndexOptions options) {
    IndexMarker expected = IndexMarker.expected(sealer, origin);
    IndexLayout layout;
    try {
      layout = IndexLayout.open(directory);
    } catch (IOException e) {
      throw new SearchIndexIoException("open (another process may hold the index)", e);
    }
    SearchIndex index = new SearchIndex(layout, expected, new TermSealing(sealer, options.sealCacheEntries()), options);
    try {
      index.load();
      return index;
    } catch (IOException | RuntimeException e) {
      try {
        layout.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException) {
        throw new SearchIndexIoException("open", (IOException) e);
      }
      throw (RuntimeException) e;
    }
  }

  private void load() throws IOException {
    Optional<Path> pointer;
    try {
      pointer = layout.current();
    } catch (IndexLayout.InvalidPointerException e) {
      reindexReason = ReindexReason.UNREADABLE;
      return;
    }
    if (pointer.isEmpty()) {
      layout.removeAllExcept(null);
      Path fresh = layout.newGeneration();
      Generation g = Generation.create(fresh, options.ramBufferMb());
      try {
        expected.write(fresh);
        layout.switchTo(fresh);
      } catch (IOException | RuntimeException e) {
        g.abort();
        throw e;
      }
      current = g;
      return;
    }
    Path path = pointer.get();
    layout.removeAllExcept(path);
    Optional<IndexMarker> marker = IndexMarker.read(path);
    if (marker.isEmpty()) {
      reindexReason = ReindexReason.UNREADABLE;
      return;
    }
    Optional<ReindexReason> mismatch = marker.get().mismatch(expected);
    if (mismatch.isPresent()) {
      reindexReason = mismatch.get();
      return;
    }
    try {
      current = Generation.open(path, options.ramBufferMb());
    } catch (IndexNotFoundException | CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      reindexReason = ReindexReason.UNREADABLE;
    }
  }

  /** Why the index must be rebuilt before use; empty when it is usable. */
  public Optional<ReindexReason> reindexRequired() {
    lock.readLock().lock();
    try {
      ensureOpen();
      return current == null ? Optional.of(reindexReason) : Optional.empty();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * How many documents the index holds now (0 while it must be rebuilt). Counts every document,
   * whoever may find it: for the caller's bookkeeping (is a new index still empty?), never to be
   * shown to a reader.
   *
   * @throws SearchIndexIoException on I/O failure
   */
  public long documentCount() {
    lock.readLock().lock();
    try {
      ensureOpen();
      Generation g = current;
      if (g == null) {
        return 0;
      }
      IndexSearcher searcher = g.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        g.release(searcher);
      }
    } catch (IOException e) {
      throw new SearchIndexIoException("count", e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Adds {@code document}, replacing any document with the same record id. Visible to searches
   * when this returns; durable after {@link #commit()}.
   *
   * @throws ReindexRequiredException if the index must be rebuilt and no rebuild is running
   * @throws SearchIndexIoException on I/O failure
   */
  public void index(SearchDocument document) {
    ensureOpen();
    Document lucene = mapper.toLucene(document);
    lock.readLock().lock();
    try {
      ensureOpen();
      Generation g = current;
      RebuildJournal j = journal;
      if (g == null && j == null) {
        throw new ReindexRequiredException(reindexReason);
      }
      if (j != null) {
        j.upsert(document.recordId(), lucene);
      }
      if (g != null) {
        g.upsert(document.recordId(), lucene);
      }
    } catch (IOException e) {
      throw new SearchIndexIoException("index", e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Removes the document with {@code recordId}, if any.
   *
   * @throws ReindexRequiredException if the index must be rebuilt and no rebuild is running
   * @throws SearchIndexIoException on I/O failure
   */
  public void delete(String recordId) {
    ensureOpen();
    lock.readLock().lock();
    try {
      ensureOpen();
      Generation g = current;
      RebuildJournal j = journal;
      if (g == null && j == null) {
        throw new ReindexRequiredException(reindexReason);
      }
      if (j != null) {
        j.delete(recordId);
      }
      if (g != null) {
        g.delete(recordId);
      }
    } catch (IOException e) {
      throw new SearchIndexIoException("delete", e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Makes every write so far durable. Does nothing while the index must be rebuilt.
   *
   * @throws SearchIndexIoException on I/O failure
   */
  public void commit() {
    lock.readLock().lock();
    try {
      ensureOpen();
      if (current != null) {
        current.commit();
      }
    } catch (IOException e) {
      throw new SearchIndexIoException("commit", e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@link #rebuild(Iterator)} over {@code documents}; the caller closes the stream.
   */
  public long rebuild(Stream<SearchDocument> documents) {
    return rebuild(documents.iterator());
  }

  /**
   * Builds a new index from {@code documents} (normally every record, read from the database) in
   * a new generation, then makes it current in one atomic step and removes the old one. Until that
   * step the old index keeps answering; if anything fails (the source throws, I/O, close) the new
   * generation is discarded and the old one stays, unchanged. Writes made meanwhile through
   * {@link #index} and {@link #delete} are replayed into the new index. Clears the "reindex
   * required" state. Documents are analysed and sealed on {@link SearchIndexOptions#rebuildThreads()}
   * threads; the iterator is read only by the calling thread.
   *
   * @return the number of documents read from {@code documents}
   * @throws RebuildFailedException if the rebuild failed; the previous index is still in use
   * @throws IllegalStateException if a rebuild is already running or the index is closed
   */
  public long rebuild(Iterator<SearchDocument> documents) {
    ensureOpen();
    if (!rebuilding.tryLock()) {
      throw new IllegalStateException("a rebuild of this search index is already running");
    }
    RebuildJournal j = new RebuildJournal();
    Generation fresh = null;
    Path freshPath = null;
    boolean switched = false;
    AtomicLong count = new AtomicLong();
    try {
      lock.writeLock().lock();
      try {
        ensureOpen();
        freshPath = layout.newGeneration();
        journal = j;
      } finally {
        lock.writeLock().unlock();
      }
      fresh = Generation.create(freshPath, options.ramBufferMb());
      feed(documents, fresh, count);
      Generation old;
      lock.writeLock().lock();
      try {
        if (closed) {
          throw new IllegalStateException("search index was closed during the rebuild");
        }
        j.replayInto(fresh);
        journal = null;
        fresh.commit();
        expected.write(freshPath);
        layout.switchTo(freshPath);
        switched = true;
        old = current;
        current = fresh;
        fresh = null;
      } finally {
        lock.writeLock().unlock();
      }
      if (old != null) {
        try {
          old.abort();
        } catch (IOException ignored) {
          // the old generation is gone from use; its files are removed below or on the next open
        }
      }
      try {
        layout.removeAllExcept(freshPath);
      } catch (IOException ignored) {
        // leftovers are removed on the next open
      }
      return count.get();
    } catch (IOException e) {
      throw new RebuildFailedException("search index rebuild failed (I/O) after " + count.get()
          + " documents; the previous index is still in use", e);
    } catch (RuntimeException e) {
      throw new RebuildFailedException("search index rebuild failed after " + count.get()
          + " documents; the previous index is still in use", e);
    } finally {
      lock.writeLock().lock();
      try {
        if (journal == j) {
          journal = null;
        }
      } finally {
        lock.writeLock().unlock();
      }
      if (fresh != null) {
        discard(fresh);
      }
      if (!switched && freshPath != null) {
        try {
          layout.remove(freshPath);
        } catch (IOException ignored) {
          // removed on the next open
        }
      }
      rebuilding.unlock();
    }
  }

  private void feed(Iterator<SearchDocument> documents, Generation target, AtomicLong count) throws IOException {
    int threads = options.rebuildThreads();
    if (threads == 1) {
      while (documents.hasNext()) {
        checkNotClosedDuringRebuild();
        SearchDocument d = documents.next();
        target.upsert(d.recordId(), mapper.toLucene(d));
        count.incrementAndGet();
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "guwah-search-rebuild");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * 64);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      while (failure.get() == null && documents.hasNext()) {
        checkNotClosedDuringRebuild();
        SearchDocument d = documents.next();
        count.incrementAndGet();
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            if (failure.get() == null) {
              target.upsert(d.recordId(), mapper.toLucene(d));
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // wait for the queued documents; the source no longer feeds them
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        failure.compareAndSet(null, e);
      }
    }
    Throwable t = failure.get();
    if (t instanceof IOException) {
      throw (IOException) t;
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new IllegalStateException("rebuild worker failed", t);
    }
  }

  private void checkNotClosedDuringRebuild() {
    if (closed) {
      throw new IllegalStateException("search index was closed during the rebuild");
    }
  }

  /**
   * Runs {@code request}: the hits the reader may see, their exact total and facet counts.
   *
   * @throws ReindexRequiredException if the index must be rebuilt first
   * @throws org.guwah.search.query.InvalidQueryException if the query has too many terms
   * @throws SearchIndexIoException on I/O failure
   */
  public SearchResult search(SearchRequest request) {
    ensureOpen();
    Query query = compiler.compile(request);
    lock.readLock().lock();
    try {
      ensureOpen();
      Generation g = current;
      if (g == null) {
        throw new ReindexRequiredException(reindexReason);
      }
      IndexSearcher searcher = g.acquire();
      try {
        return run(searcher, query, request);
      } finally {
        g.release(searcher);
      }
    } catch (IOException e) {
      throw new SearchIndexIoException("search", e);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static SearchResult run(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
    int wanted = request.offset() + request.limit();
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(Math.max(1, wanted), null, Integer.MAX_VALUE);
    List<String> dimensions = facetDimensions(searcher, request.facets());
    TopDocs topDocs;
    Map<String, List<FacetCount>> facets;
    if (dimensions.isEmpty()) {
      topDocs = searcher.search(query, top);
      facets = Map.of();
    } else {
      Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounter(dimensions)));
      topDocs = (TopDocs) results[0];
      @SuppressWarnings("unchecked")
      Map<String, List<FacetCount>> counted = (Map<String, List<FacetCount>>) results[1];
      facets = counted;
    }
    List<SearchHit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    ScoreDoc[] docs = topDocs.scoreDocs;
    for (int i = request.offset(); i < Math.min(wanted, docs.length); i++) {
      Document d = stored.document(docs[i].doc, STORED);
      hits.add(new SearchHit(d.get(FieldNames.ID),
          RecordKind.parse(d.get(FieldNames.facet(SearchDocument.KIND_DIMENSION))), docs[i].score));
    }
    return new SearchResult(topDocs.totalHits.value, hits, facets);
  }

  private static List<String> facetDimensions(IndexSearcher searcher, FacetSelection selection) {
    if (!selection.everything()) {
      return List.copyOf(selection.dimensions());
    }
    TreeSet<String> dims = new TreeSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      for (FieldInfo fi : leaf.reader().getFieldInfos()) {
        if (fi.name.startsWith(FieldNames.FACET_PREFIX) && fi.getDocValuesType() == DocValuesType.SORTED_SET) {
          dims.add(fi.name.substring(FieldNames.FACET_PREFIX.length()));
        }
      }
    }
    return List.copyOf(dims);
  }

  /**
   * Commits and closes; waits for a running rebuild to notice and abandon its work. Idempotent.
   *
   * @throws SearchIndexIoException if the final commit fails (the index is closed anyway)
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    rebuilding.lock();
    try {
      lock.writeLock().lock();
      try {
        Generation g = current;
        current = null;
        sealing.clear();
        try {
          if (g != null) {
            g.close();
          }
        } finally {
          layout.close();
        }
      } finally {
        lock.writeLock().unlock();
      }
    } catch (IOException e) {
      throw new SearchIndexIoException("close", e);
    } finally {
      rebuilding.unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("search index is closed");
    }
  }

  private static void discard(Generation g) {
    try {
      g.abort();
    } catch (IOException ignored) {
      // the generation is abandoned; its directory is removed next
    }
  }
}
