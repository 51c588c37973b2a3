package org.guwah.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One index generation: its directory, writer and near-real-time searcher manager. Writes are
 * counted; {@link #acquire()} refreshes the searcher first when writes happened since the last
 * refresh, so a search sees every write that returned before it began. Thread-safe.
 */
public final class Generation implements Closeable {
  private final Path path;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();

  private Generation(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** A new, empty index in the empty directory {@code path}. */
  public static Generation create(Path path, double ramBufferMb) throws IOException {
    return open(path, ramBufferMb, IndexWriterConfig.OpenMode.CREATE);
  }

  /**
   * The existing index in {@code path}.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException if there is none
   * @throws org.apache.lucene.index.CorruptIndexException if it is damaged
   */
  public static Generation open(Path path, double ramBufferMb) throws IOException {
    return open(path, ramBufferMb, IndexWriterConfig.OpenMode.APPEND);
  }

  private static Generation open(Path path, double ramBufferMb, IndexWriterConfig.OpenMode mode) throws IOException {
    FSDirectory dir = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer())
          .setOpenMode(mode)
          .setRAMBufferSizeMB(ramBufferMb)
          .setCommitOnClose(true);
      writer = new IndexWriter(dir, cfg);
      if (mode == IndexWriterConfig.OpenMode.CREATE) {
        writer.commit();
      }
      return new Generation(path, dir, writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      dir.close();
      throw e;
    }
  }

  /** The generation's directory. */
  public Path path() {
    return path;
  }

  /** Replaces (or adds) the document with {@code id}. */
  public void upsert(String id, Document document) throws IOException {
    writer.updateDocument(new Term(FieldNames.ID, id), document);
    writes.incrementAndGet();
  }

  /** Deletes the document with {@code id}, if any. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(FieldNames.ID, id));
    writes.incrementAndGet();
  }

  /** Makes every write so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** A searcher that sees every write completed before this call; release it. */
  public IndexSearcher acquire() throws IOException {
    long written = writes.get();
    if (visible.get() < written) {
      searchers.maybeRefreshBlocking(); // waits for a refresh another thread runs, then checks again
      visible.accumulateAndGet(written, Math::max);
    }
    return searchers.acquire();
  }

  /** Returns a searcher from {@link #acquire()}. */
  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }

  /** Discards uncommitted writes and closes. */
  public void abort() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.rollback();
      } finally {
        directory.close();
      }
    }
  }
}
