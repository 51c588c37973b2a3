package org.guwah.store.backup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an archive holds, as created, verified or restored: counts only, never content.
 *
 * @param archiveId the archive's random id (also part of its cryptographic binding)
 * @param created when the dump's snapshot was taken (millisecond precision)
 * @param schemaVersion the Flyway schema version of the dumped database
 * @param tables every table in restore order with its row count
 * @param custodyIncluded whether the archive carries the keys folder's custody file
 */
public record BackupSummary(
    UUID archiveId,
    Instant created,
    String schemaVersion,
    List<TableCount> tables,
    boolean custodyIncluded) {

  public BackupSummary {
    Objects.requireNonNull(archiveId, "archiveId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    tables = List.copyOf(tables);
  }

  /** Rows in all tables. */
  public long rows() {
    return tables.stream().mapToLong(TableCount::rows).sum();
  }

  /** One line: id, time, schema version, tables and rows. */
  public String describe() {
    return String.format(
        "archive %s of %s, schema version %s: %,d rows in %d tables%s",
        archiveId,
        created,
        schemaVersion,
        rows(),
        tables.size(),
        custodyIncluded ? ", custody file included" : "");
  }

  /**
   * A table and its number of rows.
   *
   * @param table table name
   * @param rows number of rows
   */
  public record TableCount(String table, long rows) {
    public TableCount {
      Objects.requireNonNull(table, "table");
      if (rows < 0) {
        throw new IllegalArgumentException("rows must not be negative");
      }
    }
  }
}
