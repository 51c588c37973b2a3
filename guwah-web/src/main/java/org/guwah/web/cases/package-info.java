@NullMarked
package org.guwah.web.cases;

import org.jspecify.annotations.NullMarked;
