/**
 * Implementation of {@link org.guwah.search.SearchIndex}: sealing terms, mapping documents and
 * queries to Lucene, counting facets, and the on-disk layout (generations, pointer, marker). Not an
 * API: other modules must not use these classes.
 */
@NullMarked
package org.guwah.search.internal;

import org.jspecify.annotations.NullMarked;
