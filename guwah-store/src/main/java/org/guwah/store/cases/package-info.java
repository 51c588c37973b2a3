@NullMarked
package org.guwah.store.cases;

import org.jspecify.annotations.NullMarked;
