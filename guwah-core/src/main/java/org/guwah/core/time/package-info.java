@NullMarked
package org.guwah.core.time;

import org.jspecify.annotations.NullMarked;
