@NullMarked
package org.guwah.web.json;

import org.jspecify.annotations.NullMarked;
