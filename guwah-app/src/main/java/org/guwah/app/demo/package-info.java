/**
 * Seeded generator of <em>synthetic</em> demo data: respondents abroad, their testimonies, their
 * relatives in Xinjiang with detention histories, and transnational-repression incidents, shaped
 * like Amnesty International's 2020 study "Nowhere feels safe" (DOMAIN.md §8.1).
 *
 * <p>Every name is composed from a table of common given names (given name + father's given name),
 * every resident ID is synthetic (valid check character, random sequence), every phone number is in
 * a fictional range. No row of any real list is used. Entry points: {@link
 * org.guwah.app.demo.DemoData}.
 */
@NullMarked
package org.guwah.app.demo;

import org.jspecify.annotations.NullMarked;
