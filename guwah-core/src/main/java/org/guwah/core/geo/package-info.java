@NullMarked
package org.guwah.core.geo;

import org.jspecify.annotations.NullMarked;
