package org.guwah.store.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * A record returned by a {@link Reading}, and whether it was shown FULL (identity decrypted) or
 * CODED (clear columns only). A caller auditing identity reads lists the ids of the full ones.
 *
 * @param id the record's id
 * @param record the record; a coded one has no identity values
 * @param full whether the identity part was decrypted and is included
 */
public record Shown<T>(UUID id, T record, boolean full) {
  public Shown {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(record, "record");
  }

  /** Whether the record was shown CODED. */
  public boolean coded() {
    return !full;
  }

  @Override
  public String toString() {
    return "Shown[id=" + id + ", " + (full ? "full" : "coded") + ", " + record + "]";
  }
}
