package org.guwah.store.cases;

import java.util.Objects;

/**
 * How far re-encryption of one table has come (counts only; never ids or content).
 *
 * @param kind the record kind, which is also the table ({@code person}, {@code source}, ...)
 * @param total the rows counted when the job started (updated to {@code done} once the table is
 *     finished, since rows may be added or deleted meanwhile)
 * @param done the rows visited so far
 * @param resealed rows whose identity was sealed again under the primary key
 * @param alreadyCurrent rows already sealed under the primary key (left alone)
 * @param changedMeanwhile rows written by someone else between read and update (their writer
 *     sealed them under the primary key; left alone)
 * @param unreadable rows whose identity no key of the ring opens (left alone, still under their
 *     old key)
 */
public record TableReencryption(String kind, long total, long done, long resealed, long alreadyCurrent,
    long changedMeanwhile, long unreadable) {
  public TableReencryption {
    Objects.requireNonNull(kind, "kind");
    if (total < 0 || done < 0 || resealed < 0 || alreadyCurrent < 0 || changedMeanwhile < 0 || unreadable < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (resealed + alreadyCurrent + changedMeanwhile + unreadable != done) {
      throw new IllegalArgumentException("done must be the sum of the outcomes");
    }
  }

  /** Nothing done yet of {@code total} rows. */
  public static TableReencryption of(String kind, long total) {
    return new TableReencryption(kind, total, 0, 0, 0, 0, 0);
  }

  /** These counts plus one batch's outcomes; {@code total} grows if more rows turned up. */
  TableReencryption plus(long resealedNow, long currentNow, long changedNow, long unreadableNow) {
    long doneNow = done + resealedNow + currentNow + changedNow + unreadableNow;
    return new TableReencryption(kind, Math.max(total, doneNow), doneNow, resealed + resealedNow,
        alreadyCurrent + currentNow, changedMeanwhile + changedNow, unreadable + unreadableNow);
  }

  /** The table is finished: its total is what was visited. */
  TableReencryption finished() {
    return new TableReencryption(kind, done, done, resealed, alreadyCurrent, changedMeanwhile, unreadable);
  }
}
