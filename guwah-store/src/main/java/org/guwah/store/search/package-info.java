/**
 * The database side of the full-text search index: the outbox of records whose index entry must be
 * refreshed (filled by triggers in the writing transaction, migration V7) and the search state
 * (this database's id, an operator's request for a full rebuild). See ADR 0014.
 */
@NullMarked
package org.guwah.store.search;

import org.jspecify.annotations.NullMarked;
