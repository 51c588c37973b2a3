package org.guwah.store.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The records queued for the search index (table {@code search_outbox}, filled by triggers of
 * migration V7 in the same transaction as the write that queued them), and the search state
 * ({@code search_state}). Holds ids and kinds only. Thread-safe; logs nothing.
 *
 * <p>Protocol: read {@link #pending}, index the records as they are <em>after</em> that read, then
 * {@link #remove} exactly the entries read. An entry queued again meanwhile carries a new {@code
 * seq} and is not removed, so the later change is indexed by the next pass.
 */
public final class SearchOutbox {
  private final Jdbi jdbi;

  private SearchOutbox(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The outbox of the migrated database behind {@code jdbi}. */
  public static SearchOutbox of(Jdbi jdbi) {
    return new SearchOutbox(jdbi);
  }

  /** One queued record: its kind ({@code person}, {@code source}), id and queue position. */
  public record Entry(String kind, UUID recordId, long seq) {
    @Override
    public String toString() {
      return "Entry[" + kind + " " + recordId + " #" + seq + "]";
    }
  }

  /** The id of this database (random, made by migration V7; a restored backup keeps it). */
  public String databaseId() {
    return jdbi.withHandle(h -> h.createQuery("select database_id from search_state").mapTo(UUID.class).one())
        .toString();
  }

  /** Up to {@code limit} queued records, oldest queue position first. */
  public List<Entry> pending(int limit) {
    return jdbi.withHandle(h -> h.createQuery("select kind, record_id, seq from search_outbox order by seq limit :n")
        .bind("n", limit)
        .map((rs, ctx) -> new Entry(rs.getString(1), rs.getObject(2, UUID.class), rs.getLong(3)))
        .list());
  }

  /** Every queued record (for a rebuild, which covers all of them). */
  public List<Entry> all() {
    return pending(Integer.MAX_VALUE);
  }

  /** How many records are queued. */
  public long size() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from search_outbox").mapTo(Long.class).one());
  }

  /** Removes exactly these entries (an entry queued again since has another seq and stays). */
  public int remove(List<Entry> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    List<String> kinds = new ArrayList<>(entries.size());
    List<UUID> ids = new ArrayList<>(entries.size());
    List<Long> seqs = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      kinds.add(e.kind());
      ids.add(e.recordId());
      seqs.add(e.seq());
    }
    return jdbi.withHandle(h -> h.createUpdate("delete from search_outbox o using unnest(:k, :i, :s) as x(kind, id, seq)"
            + " where o.kind = x.kind and o.record_id = x.id and o.seq = x.seq")
        .bindArray("k", String.class, kinds)
        .bindArray("i", UUID.class, ids)
        .bindArray("s", Long.class, seqs)
        .execute());
  }

  /** Asks the server to rebuild the whole index at its next pass (e.g. from {@code guwah search reindex}). */
  public void requestRebuild() {
    jdbi.useHandle(h -> h.createUpdate("update search_state set rebuild_requested_at = now()").execute());
  }

  /** When a full rebuild was requested and not yet done, if it was. */
  public Optional<Instant> rebuildRequested() {
    return jdbi.withHandle(h -> h.createQuery("select rebuild_requested_at from search_state")
        .mapTo(OffsetDateTime.class).findOne()).map(OffsetDateTime::toInstant);
  }

  /** Marks the request seen at {@code requested} as done (a later request stays). */
  public void rebuildDone(Instant requested) {
    jdbi.useHandle(h -> h.createUpdate("update search_state set rebuild_requested_at = null"
            + " where rebuild_requested_at <= :seen")
        .bind("seen", OffsetDateTime.ofInstant(requested, java.time.ZoneOffset.UTC)).execute());
  }

  @Override
  public String toString() {
    return "SearchOutbox";
  }
}
