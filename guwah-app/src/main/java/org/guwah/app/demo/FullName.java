package org.guwah.app.demo;

import java.util.Random;

/**
 * A synthetic person's name: given name + father's given name, renderable in several scripts, and
 * able to name relatives consistently (a child's second element is the father's first, siblings
 * share it). Holds identity data: {@link #toString()} is redacted.
 */
sealed interface FullName permits UyghurFullName, KazakhFullName {
  boolean male();

  /** The name in {@code script} (a {@code name_script} code this name supports). */
  String render(String script);

  /** Whether {@link #render} supports {@code script}. */
  boolean supports(String script);

  /** This person's father. */
  FullName father(Random rnd);

  /** Someone with the same naming conventions but no family tie. */
  FullName stranger(Random rnd, boolean male);

  /** A brother or sister: same father's name. */
  FullName sibling(Random rnd, boolean male);

  /**
   * A child whose father is this person (if this person is male) or {@code spouse} (if female and
   * known), else a random man.
   */
  FullName child(Random rnd, boolean male, FullName spouse);
}
