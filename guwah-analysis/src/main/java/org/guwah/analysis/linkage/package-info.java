/**
 * Record linkage: finds the records (list rows, testimonies, leaked-spreadsheet rows) that
 * describe the same person, across scripts and sources, and explains every link.
 *
 * <p>{@link org.guwah.analysis.linkage.Linker#link} takes {@link
 * org.guwah.analysis.linkage.LinkRecord}s and {@link org.guwah.analysis.linkage.LinkOptions} and
 * returns a {@link org.guwah.analysis.linkage.LinkResult}: clusters, the explained candidate links
 * (per-field agreement level and Fellegi–Sunter weight), the learned {@link
 * org.guwah.analysis.linkage.FsModel} and run statistics. Pipeline: preparation (name keys in any
 * script, resident-ID checks, birth dates, sex, places resolved to county codes) → blocking (a union
 * of rules, oversized blocks windowed) → comparison levels → Fellegi–Sunter weights learned by EM
 * (optionally anchored by reviewer decisions) → clustering that never chains distinct namesakes
 * (conflicting valid IDs, sex, birth years, reviewer rejections, weak cross pairs). See ADR 0013.
 *
 * <p>Free of I/O, logging and global mutable state: everything a run needs comes in through its
 * arguments, and the same input gives the same output whatever the input order or the number of
 * threads. Record contents are identity data: no {@code toString()}, exception message or
 * explanation here carries a name, date, place or ID number — only record ids, levels and numbers.
 */
@NullMarked
package org.guwah.analysis.linkage;

import org.jspecify.annotations.NullMarked;
