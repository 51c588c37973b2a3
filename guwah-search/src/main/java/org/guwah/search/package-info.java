/**
 * Multilingual full-text search over testimonies, notes and identity values, with facets on
 * coded fields and an access filter, on Lucene.
 *
 * <p>What is kept secret: every term of every text field is replaced, after analysis, by a keyed
 * token ({@link org.guwah.search.TermSealer}) before it reaches Lucene, so no word of a testimony
 * and no name is on disk in clear. Stored fields hold only the opaque record id and the record
 * kind; doc values hold only coded facet values. Queries are sealed the same way. See {@link
 * org.guwah.search.SearchIndex} for what the index still reveals.
 *
 * <p>Entry points: {@link org.guwah.search.SearchIndex#open(java.nio.file.Path,
 * org.guwah.search.TermSealer)}, {@link org.guwah.search.SearchDocument#builder(String,
 * org.guwah.search.RecordKind)}, {@link org.guwah.search.SearchRequest#builder(
 * org.guwah.search.AccessFilter)}.
 */
@NullMarked
package org.guwah.search;

import org.jspecify.annotations.NullMarked;
