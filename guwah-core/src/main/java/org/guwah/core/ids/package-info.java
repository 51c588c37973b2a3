@NullMarked
package org.guwah.core.ids;

import org.jspecify.annotations.NullMarked;
