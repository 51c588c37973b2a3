/**
 * Implementation of the linkage engine: record preparation, place gazetteer, blocking, field
 * comparison, EM, guarded clustering, and primitive-array helpers. Not an API: only {@link
 * org.guwah.analysis.linkage} uses it. Free of I/O and global mutable state.
 */
@NullMarked
package org.guwah.analysis.linkage.internal;

import org.jspecify.annotations.NullMarked;
