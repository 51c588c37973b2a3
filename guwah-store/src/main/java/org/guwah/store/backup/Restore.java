package org.guwah.store.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseMigrationFailedException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.ObjectMapper;

/** Loads an archive into an empty database (see {@link Backups#restore}). */
final class Restore {
  private final ObjectMapper json;

  Restore(ObjectMapper json) {
    this.json = json;
  }

  BackupSummary run(Path path, Database target, KeyRing keys, BackupProgress progress) {
    try (ArchiveReader archive = ArchiveReader.open(path, keys, json)) {
      String version = archive.header().schemaVersion();
      refuseData(target);
      migrate(target, version);
      try (Connection connection = target.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        try {
          List<BackupSummary.TableCount> counts = load(connection, archive, progress);
          connection.commit();
          connection.setAutoCommit(true);
          try {
            refreshMaterializedViews(connection);
          } catch (SQLException e) {
            throw Session.failure("The archive was restored, but refreshing the materialized views", e);
          }
          ArchiveHeader header = archive.header();
          return new BackupSummary(header.archiveId(), header.created(), version, counts, header.custody() != null);
        } finally {
          Session.rollbackQuietly(connection);
        }
      } catch (ArchiveReadException e) {
        throw archive.damaged(e);
      } catch (SQLException e) {
        throw Session.failure("Restoring backup archive " + path + " (nothing was restored)", e);
      } catch (IOException e) {
        throw new BackupFailedException(
            "Restoring backup archive " + path + " failed (nothing was restored): " + e.getMessage(), e);
      }
    }
  }

  /** Refuses a target holding data, before anything (even a migration) touches it. */
  private static void refuseData(Database target) {
    try (Connection connection = target.dataSource().getConnection()) {
      connection.setAutoCommit(true);
      List<String> holding = tablesWithData(connection, SchemaCatalog.read(connection));
      if (!holding.isEmpty()) {
        throw notEmpty(holding);
      }
    } catch (SQLException e) {
      throw Session.failure("Reading the target database", e);
    }
  }

  /**
   * Tables holding a row that no migration wrote. A migration may seed rows (e.g. the audit chain's
   * head). Such a row, as long as it was never changed, carries the transaction id ({@code xmin})
   * of the migration's transaction, which also created or altered schema objects whose catalog
   * rows carry the same id. Guwah writes rows only in transactions without DDL, so any row whose
   * {@code xmin} matches no catalog row of the schema was written (or updated) after migrating and
   * counts as data. Should every object of a seeding migration later be altered, its seeded rows
   * count as data too: the restore is refused, never run over data.
   */
  static List<String> tablesWithData(Connection connection, SchemaCatalog catalog) throws SQLException {
    String ddl = "select xmin::text from pg_class where relnamespace = " + SchemaCatalog.NAMESPACE
        + " union select xmin::text from pg_type where typnamespace = " + SchemaCatalog.NAMESPACE
        + " union select xmin::text from pg_proc where pronamespace = " + SchemaCatalog.NAMESPACE
        + " union select xmin::text from pg_constraint where connamespace = " + SchemaCatalog.NAMESPACE
        + " union select t.xmin::text from pg_trigger t join pg_class c on c.oid = t.tgrelid"
        + "  where c.relnamespace = " + SchemaCatalog.NAMESPACE;
    List<String> holding = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (Manifest.Table table : catalog.tables()) {
        String sql = "select exists (select 1 from " + catalog.qualified(table.name())
            + " t where t.xmin::text not in (" + ddl + "))";
        try (ResultSet rs = statement.executeQuery(sql)) {
          if (rs.next() && rs.getBoolean(1)) {
            holding.add(table.name());
          }
        }
      }
    }
    return holding;
  }

  private static RestoreRefusedException notEmpty(List<String> holding) {
    return new RestoreRefusedException("the target database already holds data (tables "
        + String.join(", ", holding) + "); restore only into an empty database, nothing was changed");
  }

  /** Migrates the target to exactly the archive's version. */
  private static void migrate(Database target, String version) {
    try {
      Optional<String> current = target.schemaVersion();
      if (current.isPresent() && current.get().equals(version)) {
        return;
      }
      if (current.isPresent()
          && MigrationVersion.fromVersion(current.get()).isNewerThan(MigrationVersion.fromVersion(version))) {
        throw new RestoreRefusedException("the target database has schema version " + current.get()
            + ", newer than the archive's " + version + "; restore into a new, empty database");
      }
      target.migrateTo(version);
    } catch (DatabaseMigrationFailedException e) {
      throw new BackupFailedException("Preparing the target database for schema version " + version
          + " failed: " + e.getMessage(), e);
    }
  }

  private static List<BackupSummary.TableCount> load(Connection connection, ArchiveReader archive, BackupProgress progress)
      throws SQLException, IOException {
    Session.prepare(connection);
    SchemaCatalog catalog = SchemaCatalog.read(connection);
    Manifest manifest = archive.manifest();
    SchemaMatch.require(catalog, manifest);
    lock(connection, catalog);
    List<String> holding = tablesWithData(connection, catalog);
    if (!holding.isEmpty()) {
      throw notEmpty(holding); // written since the first check
    }
    suppressTriggers(connection);
    deleteSeeds(connection, catalog); // rows seeded by migrations: the archive holds their current state

    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    List<BackupSummary.TableCount> counts = new ArrayList<>();
    progress.start("restoring", manifest.rows());
    for (Manifest.Table table : manifest.tables()) {
      long[] copied = {0};
      archive.readTable(table, progress,
          data -> copied[0] = copy.copyIn(CopyStatements.in(catalog, table), data, 1 << 16));
      if (copied[0] != table.rows()) {
        throw new BackupFailedException("COPY loaded " + copied[0] + " rows into table " + table.name()
            + ", the archive holds " + table.rows() + "; nothing was restored", null);
      }
      counts.add(new BackupSummary.TableCount(table.name(), table.rows()));
    }
    archive.finish();
    progress.finish();

    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL session_replication_role = origin");
    }
    sequences(connection, catalog, manifest);
    readBack(copy, catalog, manifest, archive.digests(), progress);
    return counts;
  }

  /**
   * Keeps the tables' triggers from firing on the restored rows, which already carry every effect
   * their triggers had (and which an append-only table's triggers would reject): {@code SET LOCAL
   * session_replication_role = replica}, like {@code pg_restore --disable-triggers}. It changes no
   * catalog row (so the restored rows never pass for rows seeded by a migration, see {@link
   * #tablesWithData}) and ends with the transaction. Foreign keys, being triggers, are not
   * re-checked; the rows come from one consistent snapshot of a database that enforced them, and
   * the read-back proves they are those rows. Primary keys, unique and check constraints still
   * apply.
   */
  private static void suppressTriggers(Connection connection) throws SQLException {
    List<String> firing = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select c.relname || '.' || t.tgname from pg_trigger t"
            + " join pg_class c on c.oid = t.tgrelid where t.tgenabled in ('A', 'R')"
            + " and c.relnamespace = " + SchemaCatalog.NAMESPACE + " order by 1")) {
      while (rs.next()) {
        firing.add(rs.getString(1));
      }
    }
    if (!firing.isEmpty()) {
      throw new RestoreRefusedException("triggers " + String.join(", ", firing) + " are set to fire always"
          + " (or on replicas); a restore cannot load rows past them, nothing was restored");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL session_replication_role = replica");
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState())) {
        throw new RestoreRefusedException("restoring needs a database user allowed to set session_replication_role"
            + " (a superuser, or on PostgreSQL 15 and later: GRANT SET ON PARAMETER session_replication_role TO"
            + " the user); nothing was restored");
      }
      throw e;
    }
  }

  private static List<String> names(SchemaCatalog catalog) {
    List<String> names = new ArrayList<>();
    catalog.tables().forEach(table -> names.add(catalog.qualified(table.name())));
    return names;
  }

  private static void lock(Connection connection, SchemaCatalog catalog) throws SQLException {
    if (!catalog.tables().isEmpty()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("LOCK TABLE " + String.join(", ", names(catalog)) + " IN ACCESS EXCLUSIVE MODE");
      }
    }
  }

  private static void deleteSeeds(Connection connection, SchemaCatalog catalog) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : names(catalog)) {
        statement.execute("DELETE FROM " + table);
      }
    }
  }

  /**
   * Sets every sequence to its archived state, and an owned sequence (serial or identity column)
   * at least to its column's maximum, so that new rows never collide with restored ones.
   */
  private static void sequences(Connection connection, SchemaCatalog catalog, Manifest manifest) throws SQLException {
    Map<String, Long> values = new HashMap<>();
    try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
      for (Manifest.Sequence sequence : manifest.sequences()) {
        setval.setString(1, catalog.qualified(sequence.name()));
        setval.setLong(2, sequence.lastValue());
        setval.setBoolean(3, sequence.called());
        setval.execute();
        values.put(sequence.name(), sequence.called() ? sequence.lastValue() : sequence.lastValue() - 1);
      }
    }
    String owned = "select s.relname, t.relname, a.attname from pg_class s"
        + " join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass"
        + "  and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')"
        + " join pg_class t on t.oid = d.refobjid"
        + " join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid"
        + " where s.relkind = 'S' and s.relnamespace = " + SchemaCatalog.NAMESPACE
        + " and t.relnamespace = " + SchemaCatalog.NAMESPACE;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(owned);
        PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
      while (rs.next()) {
        String sequence = rs.getString(1);
        Long max = max(connection, catalog.qualified(rs.getString(2)), rs.getString(3));
        if (max != null && max > values.getOrDefault(sequence, Long.MIN_VALUE)) {
          setval.setString(1, catalog.qualified(sequence));
          setval.setLong(2, max);
          setval.execute();
        }
      }
    }
  }

  private static @Nullable Long max(Connection connection, String table, String column)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select max(" + Identifiers.quote(column) + ")::bigint from " + table)) {
      rs.next();
      long value = rs.getLong(1);
      return rs.wasNull() ? null : value;
    }
  }

  /**
   * Refreshes the schema's materialized views (derived data, not archived), after the restore
   * committed: a refresh rewrites catalog rows, which must not happen in the restoring transaction.
   */
  private static void refreshMaterializedViews(Connection connection) throws SQLException {
    SchemaCatalog catalog = SchemaCatalog.read(connection);
    try (Statement statement = connection.createStatement()) {
      for (String view : catalog.materializedViews()) {
        statement.execute("REFRESH MATERIALIZED VIEW " + catalog.qualified(view));
      }
    }
  }

  /** Reads every restored table back and compares its rows with the archive's digests. */
  private static void readBack(
      CopyManager copy, SchemaCatalog catalog, Manifest manifest, List<TableDigest> archived, BackupProgress progress)
      throws SQLException, IOException {
    progress.start("checking", manifest.rows());
    for (int i = 0; i < manifest.tables().size(); i++) {
      Manifest.Table table = manifest.tables().get(i);
      TableDigester digester = new TableDigester(table.name(), table.format());
      copy.copyOut(CopyStatements.out(catalog, table), DigestingOutputStream.discarding(digester, progress));
      TableDigest back;
      try {
        back = digester.finish();
      } catch (CopyDataException e) {
        throw new BackupFailedException("reading table " + table.name() + " back failed: " + e.getMessage(), e);
      }
      if (!back.sameRows(archived.get(i))) {
        throw new BackupFailedException("table " + table.name() + " does not read back as archived ("
            + back.rows() + " rows, archive " + archived.get(i).rows() + "); nothing was restored", null);
      }
    }
    progress.finish();
  }
}
