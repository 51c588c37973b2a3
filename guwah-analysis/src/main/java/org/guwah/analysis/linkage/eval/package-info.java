/**
 * Evaluation of the linkage engine: a seeded generator of synthetic multi-source, multi-script
 * person records with known truth ({@link org.guwah.analysis.linkage.eval.SyntheticLinkage}) and a
 * pairwise scorer ({@link org.guwah.analysis.linkage.eval.PairwiseScore}).
 *
 * <p>The generator renders names through its own tables (Uyghur Latin → Arabic script, Uyghur
 * and Russianised Cyrillic, Turkish and English-style spellings, Chinese characters chosen per
 * syllable from the generator's own list of standard, legacy and homophone characters, and their
 * pinyin) and never calls {@code guwah-names}, so an evaluation does not grade the name keys
 * against themselves. Every name, ID and date is synthetic. Pure and deterministic for a seed.
 */
@NullMarked
package org.guwah.analysis.linkage.eval;

import org.jspecify.annotations.NullMarked;
