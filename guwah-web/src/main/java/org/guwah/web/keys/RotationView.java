package org.guwah.web.keys;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of the latest key rotation's re-encryption: counts only, never key material or record
 * ids.
 *
 * @param state {@code none} (no rotation since the server started), {@code running}, {@code
 *     finished}, {@code cancelled} or {@code failed}
 * @param primaryKeyId the id of the fields keyset's primary key (an identifier, not key material)
 * @param startedAt when the re-encryption started, if any
 * @param finishedAt when it ended, if it has
 * @param done rows visited over all tables
 * @param total rows to visit over all tables
 * @param tables counts per table
 */
public record RotationView(String state, long primaryKeyId, @Nullable Instant startedAt,
    @Nullable Instant finishedAt, long done, long total, List<TableView> tables) {
  public RotationView {
    tables = List.copyOf(tables);
  }

  /** Counts of one table, as {@link org.guwah.store.cases.TableReencryption}. */
  public record TableView(String kind, long total, long done, long resealed, long alreadyCurrent,
      long changedMeanwhile, long unreadable) {}
}
