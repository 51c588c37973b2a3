/**
 * Comparable keys for personal names in any script: Uyghur Arabic script, Uyghur Latin (ULY,
 * Yéngi Yéziq), Cyrillic (Uyghur, Kazakh, Russianised), Turkish, informal Latin, pinyin and
 * Chinese-character renderings.
 *
 * <p>{@link org.guwah.names.keys.NameKeys#of(String)} turns a name into a {@link
 * org.guwah.names.keys.NameKey}: ordered tokens, each with a canonical Latin form, a fine phonetic
 * key and a coarse blocking key. {@link org.guwah.names.keys.NameSimilarity#compare} scores two
 * keys in [0, 1] with an explanation; {@link org.guwah.names.keys.NameKeys#blockingKeys} gives the
 * strings a linkage run blocks on.
 *
 * <p>Everything is immutable or stateless and thread-safe. Names are identity data: no {@code
 * toString()}, exception message or log line here carries a name or any key derived from one.
 */
@NullMarked
package org.guwah.names.keys;

import org.jspecify.annotations.NullMarked;
