package org.guwah.analysis.linkage;

import java.util.Locale;
import java.util.Objects;

/**
 * What one field contributed to a link.
 *
 * @param field the field
 * @param level the agreement level name ({@link Field#levels()}), or {@code missing}
 * @param weight the match weight in bits (log2 of m/u; 0 when missing), including any
 *     term-frequency adjustment for names
 * @param detail a short explanation holding no identity value (for names the part pairing, e.g.
 *     {@code 0.88: A1~B2 1.00 exact, A2~B1 1.00 exact; order swapped}; for IDs and places the
 *     kind of agreement), possibly empty
 */
public record FieldEvidence(Field field, String level, double weight, String detail) {
  public FieldEvidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether the field was missing on either record. */
  public boolean missing() {
    return level.equals("missing");
  }

  /** E.g. {@code NAME=exact(+6.1)}. */
  @Override
  public String toString() {
    return field + "=" + level + String.format(Locale.ROOT, "(%+.1f)", weight);
  }
}
