/** The key-rotation routes: rotate the in-memory key ring and re-seal stored fields without downtime. */
@NullMarked
package org.guwah.web.keys;

import org.jspecify.annotations.NullMarked;
