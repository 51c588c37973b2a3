/**
 * PRC resident identity numbers (GB 11643-1999 and the 15-digit GB 11643-1989 form): parsing,
 * check-character validation, legacy upgrade, spreadsheet-damage detection and the historical
 * GB/T 2260 address codes of Xinjiang ({@link org.guwah.names.ids.CountyCodes}).
 *
 * <p>An ID number is identity data: results redact it in {@code toString()}, and no exception
 * message contains it.
 */
@NullMarked
package org.guwah.names.ids;

import org.jspecify.annotations.NullMarked;
