package org.guwah.store.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.guwah.store.crypto.ArchiveCipher;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.ObjectMapper;

/** Writes one archive from one snapshot of the database (see {@link Backups#create}). */
final class Dump {
  private final Clock clock;
  private final SecureRandom random;
  private final ObjectMapper json;

  Dump(Clock clock, SecureRandom random, ObjectMapper json) {
    this.clock = clock;
    this.random = random;
    this.json = json;
  }

  BackupSummary run(Database db, KeyRing keys, Path keysDir, Path archive, BackupProgress progress) {
    byte @Nullable [] custody = custody(keysDir);
    try (ArchiveFile file = ArchiveFile.create(archive);
        Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      try {
        BackupSummary summary = dump(connection, keys, custody, file, progress);
        connection.commit();
        file.publish();
        return summary;
      } finally {
        Session.rollbackQuietly(connection);
      }
    } catch (SQLException e) {
      throw Session.failure("Reading the database for backup archive " + archive, e);
    } catch (IOException e) {
      throw new BackupFailedException("cannot write backup archive " + archive + ": " + e.getMessage(), e);
    }
  }

  private static byte @Nullable [] custody(Path keysDir) {
    Path file = keysDir.resolve(Backups.CUSTODY_FILE);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      if (Files.size(file) > ArchiveHeader.MAX_CUSTODY) {
        throw new BackupFailedException("custody file " + file + " is larger than " + ArchiveHeader.MAX_CUSTODY + " bytes", null);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BackupFailedException("cannot read custody file " + file + ": " + e.getMessage(), e);
    }
  }

  private BackupSummary dump(
      Connection connection, KeyRing keys, byte @Nullable [] custody, ArchiveFile file, BackupProgress progress)
      throws SQLException, IOException {
    Session.prepare(connection);
    Instant created = clock.instant();
    SchemaCatalog catalog = SchemaCatalog.read(connection);
    lock(connection, catalog);
    refuseLargeObjects(connection);
    String schemaVersion = schemaVersion(connection);
    List<Manifest.Table> tables = new ArrayList<>();
    for (Manifest.Table table : catalog.tables()) {
      tables.add(new Manifest.Table(table.name(), table.columns(), table.copyFormat(),
          count(connection, catalog.qualified(table.name()))));
    }
    UUID archiveId = randomId();
    Manifest manifest = new Manifest(ArchiveHeader.FORMAT_VERSION, archiveId, schemaVersion, catalog.schema(),
        serverVersion(connection), tables, sequences(connection, catalog));
    ArchiveCipher cipher = ArchiveCipher.generate();
    ArchiveHeader header = ArchiveHeader.of(archiveId, created, schemaVersion,
        cipher.wrap(keys, ArchiveHeader.keyBinding(archiveId)), custody);

    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    List<BackupSummary.TableCount> counts = new ArrayList<>();
    progress.start("backing up", manifest.rows());
    try (OutputStream out = file.open()) {
      byte[] clear = header.bytes();
      out.write(clear);
      try (OutputStream encrypted = cipher.encryptingStream(out, clear)) {
        ArchiveBodyWriter body = new ArchiveBodyWriter(encrypted, json);
        body.manifest(manifest);
        List<TableDigest> digests = new ArrayList<>();
        for (Manifest.Table table : manifest.tables()) {
          digests.add(copyOut(copy, catalog, table, body, progress));
          counts.add(new BackupSummary.TableCount(table.name(), table.rows()));
        }
        body.digests(new Digests(digests));
        body.flush();
      }
    }
    progress.finish();
    return new BackupSummary(archiveId, header.created(), schemaVersion, counts, custody != null);
  }

  private static TableDigest copyOut(
      CopyManager copy, SchemaCatalog catalog, Manifest.Table table, ArchiveBodyWriter body, BackupProgress progress)
      throws SQLException, IOException {
    TableDigester digester = new TableDigester(table.name(), table.format());
    long copied;
    try (OutputStream data = body.table(table.name())) {
      copied = copy.copyOut(CopyStatements.out(catalog, table), new DigestingOutputStream(data, digester, progress));
    }
    TableDigest digest = digester.finish();
    if (copied != table.rows() || digest.rows() != table.rows()) {
      throw new BackupFailedException("table " + table.name() + " gave " + copied + " rows to COPY but "
          + table.rows() + " to count(*) in the same snapshot; no archive was written", null);
    }
    return digest;
  }

  /** Keeps DDL (a concurrent migration) away from the tables until the dump ends. */
  private static void lock(Connection connection, SchemaCatalog catalog) throws SQLException {
    if (catalog.tables().isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    catalog.tables().forEach(table -> names.add(catalog.qualified(table.name())));
    try (Statement statement = connection.createStatement()) {
      statement.execute("LOCK TABLE " + String.join(", ", names) + " IN ACCESS SHARE MODE");
    }
  }

  private static void refuseLargeObjects(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select exists (select 1 from pg_largeobject_metadata)")) {
      if (rs.next() && rs.getBoolean(1)) {
        throw new BackupFailedException(
            "the database holds large objects, which Guwah does not use and backups do not carry", null);
      }
    }
  }

  /** The highest successfully applied Flyway version, read in the snapshot. */
  static String schemaVersion(Connection connection) throws SQLException {
    try (PreparedStatement exists = connection.prepareStatement(
            "select 1 from pg_class where relnamespace = " + SchemaCatalog.NAMESPACE
                + " and relname = '" + SchemaCatalog.SCHEMA_HISTORY + "' and relkind = 'r'");
        ResultSet rs = exists.executeQuery()) {
      if (!rs.next()) {
        throw new BackupFailedException("the database has no Flyway schema history: it is not a migrated Guwah database", null);
      }
    }
    @Nullable MigrationVersion latest = null;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "select version from " + Identifiers.quote(SchemaCatalog.SCHEMA_HISTORY)
                + " where success and version is not null")) {
      while (rs.next()) {
        MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
        if (latest == null || version.isNewerThan(latest)) {
          latest = version;
        }
      }
    }
    if (latest == null) {
      throw new BackupFailedException("the database has no applied migration: it is not a migrated Guwah database", null);
    }
    return latest.getVersion();
  }

  private static long count(Connection connection, String qualifiedTable) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select count(*) from " + qualifiedTable)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String serverVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select version()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static List<Manifest.Sequence> sequences(Connection connection, SchemaCatalog catalog) throws SQLException {
    List<Manifest.Sequence> sequences = new ArrayList<>();
    for (String name : catalog.sequences()) {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("select last_value, is_called from " + catalog.qualified(name))) {
        rs.next();
        sequences.add(new Manifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
      }
    }
    return sequences;
  }

  private UUID randomId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3F) | 0x80); // IETF variant
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[i] & 0xFF);
      low = (low << 8) | (bytes[i + 8] & 0xFF);
    }
    return new UUID(high, low);
  }
}
