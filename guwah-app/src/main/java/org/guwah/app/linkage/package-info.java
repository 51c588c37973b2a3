/**
 * File handling of {@code guwah link} and {@code guwah link-eval}: bounded, strictly UTF-8 reading
 * of record files, and atomic writing of clusters, evidence and evaluation sets. Errors name lines,
 * columns and record ids, never a cell's value.
 */
@NullMarked
package org.guwah.app.linkage;

import org.jspecify.annotations.NullMarked;
