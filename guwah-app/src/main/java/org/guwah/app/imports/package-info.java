@NullMarked
package org.guwah.app.imports;

import org.jspecify.annotations.NullMarked;
