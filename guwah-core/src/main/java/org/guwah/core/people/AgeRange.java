package org.guwah.core.people;

import org.guwah.core.validation.Problems;

/**
 * An age known only approximately: between {@code min} and {@code max} years old in year {@code
 * asOfYear} (as on the Xinjiang Victims Database, ages are computed at the last update).
 */
public record AgeRange(int min, int max, int asOfYear) {
  public AgeRange {
    Problems p = new Problems();
    if (min < 0 || min > 130) {
      p.add("min", "must be between 0 and 130");
    }
    if (max < min || max > 130) {
      p.add("max", "must be between min and 130");
    }
    if (asOfYear < 1900 || asOfYear > 2200) {
      p.add("asOfYear", "must be a year between 1900 and 2200");
    }
    p.throwIfAny();
  }

  /** Earliest possible birth year. */
  public int birthYearFrom() {
    return asOfYear - max - 1;
  }

  /** Latest possible birth year. */
  public int birthYearTo() {
    return asOfYear - min;
  }
}
