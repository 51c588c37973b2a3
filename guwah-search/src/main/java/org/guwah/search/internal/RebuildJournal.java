package org.guwah.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.jspecify.annotations.Nullable;

/**
 * Writes that arrive while a rebuild runs, replayed into the new generation just before it becomes
 * current, so that none is lost whatever the rebuild's source saw. Holds sealed Lucene documents
 * only (no clear text). Thread-safe.
 */
public final class RebuildJournal {
  private final List<Entry> entries = new ArrayList<>();

  /** Records an upsert. */
  public synchronized void upsert(String id, Document document) {
    entries.add(new Entry(id, document));
  }

  /** Records a delete. */
  public synchronized void delete(String id) {
    entries.add(new Entry(id, null));
  }

  /** Applies the recorded writes, in order, to {@code target}. */
  public synchronized void replayInto(Generation target) throws IOException {
    for (Entry e : entries) {
      if (e.document == null) {
        target.delete(e.id);
      } else {
        target.upsert(e.id, e.document);
      }
    }
    entries.clear();
  }

  private static final class Entry {
    final String id;
    final @Nullable Document document;

    Entry(String id, @Nullable Document document) {
      this.id = id;
      this.document = document;
    }
  }
}
