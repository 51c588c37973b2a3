/**
 * Names and identity numbers across scripts: script detection, canonical name forms, comparable
 * name keys and similarity (in {@link org.guwah.names.keys}) and PRC resident-ID checks (in {@link
 * org.guwah.names.ids}).
 *
 * <p>Every type here is stateless or immutable and thread-safe. Nothing here logs, and no
 * exception message or {@code toString()} carries a name or an ID number.
 */
@NullMarked
package org.guwah.names;

import org.jspecify.annotations.NullMarked;
