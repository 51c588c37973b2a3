@NullMarked
package org.guwah.core.consent;

import org.jspecify.annotations.NullMarked;
