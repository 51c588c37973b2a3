package org.guwah.search;

/** Why an index cannot be used until it is rebuilt from the database. */
public enum ReindexReason {
  /** The index was sealed under another key (the term sealer's key id differs). */
  KEY_CHANGED("the index was sealed under another key"),
  /** The analysis chain, ICU/Unicode data or Lucene version differs from the one that built it. */
  ANALYZER_CHANGED("the index was built by another analyzer version"),
  /** The index was built from another origin (e.g. another database) than the caller names. */
  ORIGIN_CHANGED("the index was built from another database"),
  /** The index, its marker or its pointer is missing, damaged or of an unknown format. */
  UNREADABLE("the index is missing, damaged or of an unknown format");

  private final String description;

  ReindexReason(String description) {
    this.description = description;
  }

  /** A sentence for operators; contains no data. */
  public String description() {
    return description;
  }
}
