/**
 * Lists of people that corroborate testimonies (NGO lists, community registers, leaked official
 * spreadsheets), their rows, and the linkage of rows to the people already recorded: proposals, a
 * reviewer's decisions, and the corroboration a person page shows (ADR 0016).
 *
 * <p>Every cell of a row is identity data: sealed under the field key and bound to its row, with
 * keyed blind-index tokens for look-ups by ID number or name. Proposals and decisions hold codes
 * and numbers only. Nothing here logs.
 */
@NullMarked
package org.guwah.store.lists;

import org.jspecify.annotations.NullMarked;
