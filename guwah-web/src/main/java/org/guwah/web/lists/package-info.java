/**
 * Lists in the product: import of CSV and XLSX lists with record linkage against the recorded
 * people, the documenters' list pages and review queue, and the case page's corroboration from
 * lists (ADR 0016).
 */
@NullMarked
package org.guwah.web.lists;

import org.jspecify.annotations.NullMarked;
