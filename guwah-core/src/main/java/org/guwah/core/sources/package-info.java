@NullMarked
package org.guwah.core.sources;

import org.jspecify.annotations.NullMarked;
