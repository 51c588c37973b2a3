/**
 * The text analysis shared by indexing and querying: Unicode normalisation that keeps the letters
 * of Uyghur, Kazakh, Turkish and Chinese apart, ICU word segmentation, and CJK bigrams. See {@link
 * org.guwah.search.analysis.SearchAnalyzer}.
 */
@NullMarked
package org.guwah.search.analysis;

import org.jspecify.annotations.NullMarked;
