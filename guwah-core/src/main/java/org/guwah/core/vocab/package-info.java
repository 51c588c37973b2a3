@NullMarked
package org.guwah.core.vocab;

import org.jspecify.annotations.NullMarked;
