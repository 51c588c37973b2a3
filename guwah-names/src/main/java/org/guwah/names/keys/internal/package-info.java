/**
 * Implementation of the name keys: phonemes, script converters, the Hanzi syllable table and
 * phonetic costs. Not an API: only {@link org.guwah.names.keys} may use it.
 */
@NullMarked
package org.guwah.names.keys.internal;

import org.jspecify.annotations.NullMarked;
