@NullMarked
package org.guwah.app;

import org.jspecify.annotations.NullMarked;
