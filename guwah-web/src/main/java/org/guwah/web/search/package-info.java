/**
 * Full-text search in the product (ADR 0014): the index kept in step with the database ({@link
 * org.guwah.web.search.IndexKeeper}), searches run for a signed-in session with its access and
 * re-checked against the store ({@link org.guwah.web.search.CaseSearch}), the search page and the
 * search API.
 */
@NullMarked
package org.guwah.web.search;

import org.jspecify.annotations.NullMarked;
