package org.guwah.search;

/**
 * One hit: which record, what kind, how well it matched (BM25; constant when the query has no
 * words). The caller re-checks the record against the database's consent rules before showing
 * anything about it.
 *
 * @param recordId the opaque id given when the document was indexed
 * @param kind the record kind
 * @param score relevance, higher is better
 */
public record SearchHit(String recordId, RecordKind kind, float score) {
  public SearchHit {
    java.util.Objects.requireNonNull(recordId, "recordId");
    java.util.Objects.requireNonNull(kind, "kind");
  }
}
