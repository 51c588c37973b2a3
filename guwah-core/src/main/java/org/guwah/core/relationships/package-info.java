@NullMarked
package org.guwah.core.relationships;

import org.jspecify.annotations.NullMarked;
