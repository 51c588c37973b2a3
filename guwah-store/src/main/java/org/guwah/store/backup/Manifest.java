package org.guwah.store.backup;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The first entry of an archive's encrypted body: what the archive holds, in restore order. Row
 * counts are exact (counted in the dump's snapshot); the digests of the data follow the data in
 * {@link Digests}, so that the archive is written in one pass.
 *
 * @param format archive format version
 * @param archiveId the archive id (repeats the clear header's)
 * @param schemaVersion the Flyway schema version (repeats the clear header's)
 * @param schema the dumped PostgreSQL schema (the connection's current schema)
 * @param server the source server's version, for the record
 * @param tables tables in dependency order (referenced tables first)
 * @param sequences every sequence of the schema with its state at dump time
 */
record Manifest(
    int format,
    UUID archiveId,
    String schemaVersion,
    String schema,
    String server,
    List<Table> tables,
    List<Sequence> sequences) {

  Manifest {
    Objects.requireNonNull(archiveId, "archiveId");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(server, "server");
    tables = List.copyOf(tables);
    sequences = List.copyOf(sequences);
  }

  long rows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }

  /**
   * One table.
   *
   * @param name table name
   * @param columns the copied columns in order (generated columns are not copied)
   * @param copyFormat {@code binary} or {@code text} (see {@link CopyFormat})
   * @param rows exact number of rows
   */
  record Table(String name, List<Column> columns, String copyFormat, long rows) {
    Table {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(copyFormat, "copyFormat");
      columns = List.copyOf(columns);
    }

    CopyFormat format() {
      return CopyFormat.named(copyFormat);
    }
  }

  /**
   * A column.
   *
   * @param name column name
   * @param type its type as {@code format_type} renders it, e.g. {@code timestamp with time zone}
   */
  record Column(String name, String type) {
    Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A sequence's state.
   *
   * @param name sequence name
   * @param lastValue its {@code last_value}
   * @param called its {@code is_called}
   */
  record Sequence(String name, long lastValue, boolean called) {
    Sequence {
      Objects.requireNonNull(name, "name");
    }
  }
}
