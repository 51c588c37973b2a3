@NullMarked
package org.guwah.core.incidents;

import org.jspecify.annotations.NullMarked;
