package org.guwah.names.keys;

/**
 * What a name part is, as far as its position and ending tell. Uyghur names have no family name
 * (NAMES.md §1): a given name is followed by the father's given name, which foreign papers put in a
 * surname field, sometimes first and sometimes with a Russian or Turkish ending.
 */
public enum TokenRole {
  /** The person's own given name. */
  GIVEN,
  /** The father's given name: second part of a Uyghur or Chinese-rendered name, or -ovich / -uly. */
  FATHER,
  /** A family name, usually built from a forebear's name: -ov / -ova / -ev / -eva / -oğlu. */
  FAMILY,
  /** Any further part (a grandfather's name, an adopted surname, a title). */
  OTHER;

  /** Whether this part names a forebear (the father's name or a family name built from one). */
  public boolean isForebear() {
    return this == FATHER || this == FAMILY;
  }
}
