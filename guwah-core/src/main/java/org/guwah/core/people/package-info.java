@NullMarked
package org.guwah.core.people;

import org.jspecify.annotations.NullMarked;
