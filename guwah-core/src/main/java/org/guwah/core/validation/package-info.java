@NullMarked
package org.guwah.core.validation;

import org.jspecify.annotations.NullMarked;
