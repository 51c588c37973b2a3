/** Whole-program benchmarks. Never run by {@code mvn verify}; see docs/benchmarks.md. */
@NullMarked
package org.guwah.bench;

import org.jspecify.annotations.NullMarked;
