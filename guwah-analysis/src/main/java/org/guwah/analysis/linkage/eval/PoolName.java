package org.guwah.analysis.linkage.eval;

/**
 * A given name of the generator's pool. Uyghur names are written in Uyghur Latin (ULY, é for ې);
 * Kazakh names in Kazakh Cyrillic and Kazakh Latin. {@code hanzi} lists one Chinese character per
 * syllable, separated by spaces; a syllable may offer alternatives separated by {@code /}: the
 * DB65/T 2189-2005 form first, then the legacy form or a homophone (麦/买, 卜/不, 逊/孙).
 *
 * @param latin ULY (Uyghur) or Kazakh Latin spelling
 * @param cyrillic Kazakh Cyrillic spelling, empty for Uyghur names (derived from ULY instead)
 * @param hanzi per-syllable Chinese characters with alternatives
 * @param male whether it is a man's name
 * @param kazakh whether it is a Kazakh name
 */
record PoolName(String latin, String cyrillic, String hanzi, boolean male, boolean kazakh) {
  @Override
  public String toString() {
    return "PoolName[synthetic]";
  }
}
