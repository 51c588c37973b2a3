package org.guwah.store.backup;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encrypted, integrity-checked backups of a Guwah database: {@link #create}, {@link #verify} and
 * {@link #restore}.
 *
 * <h2>What an archive holds</h2>
 *
 * <p>Every ordinary table of the application schema (the connection's current schema, where
 * Flyway migrates), discovered from the catalog at backup time, so tables added by later
 * migrations are included without code changes; each table's rows as {@code COPY ... TO STDOUT}
 * output (binary, or text for a table whose column types make binary data database-specific, see
 * {@link CopyFormat}); the state of every sequence of the schema; and the keys folder's {@value
 * #CUSTODY_FILE} if present. All of it is read in one {@code REPEATABLE READ} read-only
 * transaction, so the archive is one consistent snapshot even while the server keeps writing.
 *
 * <p>Not in an archive, by design: the field and blind-index keysets (the archive is useless
 * without the keys folder, which is backed up apart from it, or custody shares); Flyway's schema
 * history (a restore re-creates it by migrating the target to the archive's schema version);
 * generated columns (recomputed on insert); views and foreign tables (no data of their own);
 * materialized views (refreshed after a restore); roles, grants and server settings. Identity
 * columns hold field ciphertext already; the archive adds a second layer. A database holding
 * large objects, a partitioned table or a cycle of foreign keys is refused, never half dumped.
 *
 * <h2>Archive format</h2>
 *
 * <p>A clear header ({@code GUWAHBAK}, format version, archive id, creation time, schema version,
 * the archive's own streaming-AEAD keyset wrapped under the field key with associated data {@code
 * "guwah:backup:" + id}, and the custody file), then the body encrypted with that keyset
 * (AES256_GCM_HKDF_1MB, associated data: every header byte): a manifest (tables in dependency order
 * with columns, COPY format and exact row counts; sequences), each table's COPY data, and the
 * digests of every table (SHA-256 of the data stream, and an order-independent digest of its
 * rows). Any altered byte, truncation, or header edit makes reading fail. The custody file sits in
 * the clear header because rebuilding lost keys from custody shares must not need those keys; it
 * holds only wrapped keysets.
 *
 * <h2>Errors</h2>
 *
 * Every failure is a {@link BackupException} with a message for the operator: {@link
 * BackupDamagedException}, {@link BackupKeysMismatchException}, {@link RestoreRefusedException},
 * {@link BackupFailedException}. Messages never contain record values or key material; nothing is
 * logged.
 *
 * <p>Thread-safe; operations are independent.
 */
public final class Backups {
  /**
   * Name of the custody file in the keys folder ({@link KeyRing#CUSTODY_FILE_NAME}: both keysets
   * encrypted under a key split into Shamir shares), carried in archives.
   */
  public static final String CUSTODY_FILE = KeyRing.CUSTODY_FILE_NAME;

  private final Clock clock;
  private final SecureRandom random;
  private final ObjectMapper json = JsonMapper.builder().build();

  private Backups(Clock clock, SecureRandom random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Backups stamped by {@code clock}, with archive ids drawn from {@code random}. */
  public static Backups of(Clock clock, SecureRandom random) {
    return new Backups(clock, random);
  }

  /** Backups on the system clock (UTC) and a new {@link SecureRandom}. */
  public static Backups system() {
    return new Backups(Clock.systemUTC(), new SecureRandom());
  }

  /**
   * Writes an archive of {@code db} to {@code archive} (a new file, mode 0600; written under a
   * temporary name and renamed when complete). The archive key is wrapped with {@code keys}' field
   * key; {@value #CUSTODY_FILE} is taken from {@code keysDir} if present. Does not migrate or
   * change {@code db}.
   *
   * @throws BackupFailedException if {@code archive} exists, cannot be written, the database is not
   *     a migrated Guwah database, holds something a backup cannot carry, or fails
   */
  public BackupSummary create(Database db, KeyRing keys, Path keysDir, Path archive, BackupProgress progress) {
    return new Dump(clock, random, json).run(db, keys, keysDir, archive, progress);
  }

  /** {@link #verify(Path, KeyRing, BackupProgress)} without progress. */
  public BackupSummary verify(Path archive, KeyRing keys) {
    return verify(archive, keys, BackupProgress.silent());
  }

  /**
   * Decrypts and checks all of {@code archive} without touching any database: the header's
   * binding, every encrypted segment, the layout, every table's row count and digests, and the
   * authenticated end.
   *
   * @throws BackupDamagedException if any of it fails
   * @throws BackupKeysMismatchException if {@code keys} do not hold the key that sealed it
   * @throws BackupFailedException if the file cannot be read
   */
  public BackupSummary verify(Path archive, KeyRing keys, BackupProgress progress) {
    return new Verification(json).run(archive, keys, progress);
  }

  /**
   * Restores {@code archive} into {@code target}, which must hold no data: no row in any table of
   * its schema except rows a migration seeded and nobody changed since (checked before anything is
   * changed, see {@code Restore.tablesWithData}). Migrates the target to the archive's schema
   * version if it is behind (never further: the next start of Guwah migrates on), then, in one
   * transaction: checks that the target's tables, columns and sequences are the archive's, locks
   * the tables, replaces the seeded rows by the archived tables, loaded with {@code COPY FROM
   * STDIN} in dependency order with triggers kept from firing ({@code session_replication_role =
   * replica}: the database user must be a superuser or, on PostgreSQL 15 and later, be granted
   * {@code SET} on that parameter), sets every sequence to its archived state (and at least to its
   * column's maximum), reads every table back and compares row counts and digests with the
   * archive, and commits only if the whole archive, including its authenticated end, checked out.
   * Materialized views are refreshed after the commit. On any failure before the commit nothing is
   * restored (the target may stay migrated, but holds no data).
   *
   * @throws RestoreRefusedException if the target holds data, its schema is newer than the
   *     archive's or does not match it, or the database user may not keep triggers from firing
   * @throws BackupDamagedException if the archive is damaged or altered
   * @throws BackupKeysMismatchException if {@code keys} do not hold the key that sealed it
   * @throws BackupFailedException if the file cannot be read, this build does not know the
   *     archive's schema version, or the database fails
   */
  public BackupSummary restore(Path archive, Database target, KeyRing keys, BackupProgress progress) {
    return new Restore(json).run(archive, target, keys, progress);
  }

  /**
   * The custody file carried in {@code archive}'s clear header, readable without keys (for
   * rebuilding lost keys from custody shares). Its integrity is checked only by a later {@link
   * #verify} with the rebuilt keys, and by the custody file's own wrapping.
   *
   * @throws BackupDamagedException if the header is malformed
   * @throws BackupFailedException if the file cannot be read
   */
  public static Optional<byte[]> custodyFile(Path archive) {
    return Optional.ofNullable(ArchiveReader.header(archive).custody());
  }

  @Override
  public String toString() {
    return "Backups";
  }
}
