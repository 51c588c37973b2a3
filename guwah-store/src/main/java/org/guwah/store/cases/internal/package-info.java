@NullMarked
package org.guwah.store.cases.internal;

import org.jspecify.annotations.NullMarked;
