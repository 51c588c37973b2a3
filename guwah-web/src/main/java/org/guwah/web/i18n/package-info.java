/**
 * The interface languages of the pages (English, Uyghur in Arabic script right to left, Kazakh,
 * Russian, Turkish, Chinese): message texts from one table, vocabulary labels from the
 * vocabularies, and the choice of language for a request. Nothing here logs or tracks.
 */
@NullMarked
package org.guwah.web.i18n;

import org.jspecify.annotations.NullMarked;
