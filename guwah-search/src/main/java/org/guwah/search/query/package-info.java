/**
 * The user query language: words, "quoted phrases", AND by default, {@code OR}, {@code -}exclusion.
 * Nothing of Lucene's query-parser syntax (field names, wildcards, regular expressions, fuzzy or
 * range operators, boosts) is recognised; every other character is text to search for.
 */
@NullMarked
package org.guwah.search.query;

import org.jspecify.annotations.NullMarked;
