@NullMarked
package org.guwah.core.detentions;

import org.jspecify.annotations.NullMarked;
