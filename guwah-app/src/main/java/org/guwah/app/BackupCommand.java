package org.guwah.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditKeys;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.backup.BackupException;
import org.guwah.store.backup.BackupProgress;
import org.guwah.store.backup.BackupSummary;
import org.guwah.store.backup.Backups;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.KeysNotFoundException;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guwah backup create|verify|restore|custody FILE}: encrypted, checked archives of the database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Encrypted, integrity-checked archives of the whole database (see docs/adr/0007-backups.md).",
        "create FILE: write an archive of the database; never overwrites a file; the file is owner-only.",
        "  It opens only with the keys folder (or the custody shares): keep them apart from the archive.",
        "verify FILE: decrypt and check every byte of an archive, without any database.",
        "restore FILE: load an archive into an empty database (--db, else the embedded one under --data).",
        "custody FILE: put the custody file an archive carries into the keys folder (needs no keys);",
        "  then `guwah keys recover` with the custodians' shares rebuilds lost keys.",
        "Sealed keys: add --share FILE for each share needed."})
final class BackupCommand implements Callable<Integer> {
  private static final String AUDIT_TABLE = "audit_event";

  @Mixin GlobalOptions options = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "ACTION", description = "create, verify, restore or custody")
  String action = "";

  @Parameters(index = "1", paramLabel = "FILE", description = "the archive")
  Path file = Path.of("");

  @Option(names = "--share", paramLabel = "FILE",
      description = "sealed keys: a custody share file (repeat until enough shares open the keys)")
  List<Path> shareFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    try {
      switch (action) {
        case "create" -> create();
        case "verify" -> verify();
        case "restore" -> restore();
        case "custody" -> custody();
        default -> throw new IllegalArgumentException(
            "unknown backup action " + action + " (create, verify, restore, custody)");
      }
      return 0;
    } catch (BackupException e) {
      System.err.println("guwah: " + e.getMessage());
      return 1;
    }
  }

  private KeyRing keys() {
    return shareFiles.isEmpty()
        ? KeyRing.open(options.keysDir())
        : KeyRing.openWithShares(options.keysDir(), shareFiles.stream().map(KeysCommand::readShareFile).toList());
  }

  private Database database() {
    return Database.open(new DatabaseOptions(options.db(), null, null, options.dataDir(), 2));
  }

  private void create() {
    KeyRing keys = keys();
    try (Database db = database()) {
      BackupSummary summary = Backups.system().create(db, keys, options.keysDir(), file, new TerminalProgress());
      audit(db, keys, summary, AuditAction.BACKUP_CREATE);
      System.out.println("wrote " + file + ": " + summary.describe());
      System.out.println("it opens only with the keys folder " + keys.directory()
          + (summary.custodyIncluded() ? " or the custody shares" : "") + "; keep the keys apart from the archive");
    }
  }

  private void verify() {
    BackupSummary summary = Backups.system().verify(file, keys(), new TerminalProgress());
    System.out.println("backup " + file + " is intact: " + summary.describe());
  }

  private void restore() {
    KeyRing keys = keysForRestore();
    try (Database db = database()) {
      BackupSummary summary = Backups.system().restore(file, db, keys, new TerminalProgress());
      audit(db, keys, summary, AuditAction.BACKUP_RESTORE);
      System.out.println("restored " + file + " into " + db + ": " + summary.describe());
      System.out.println("the next start of Guwah migrates the database to its current schema if it is newer");
    }
  }

  /**
   * Records the backup or restore in the audit log (archive id and counts only), when the archive's
   * schema has one: an archive made before the audit log existed restores a database without it.
   */
  private void audit(Database db, KeyRing keys, BackupSummary summary, AuditAction action) {
    if (summary.tables().stream().noneMatch(table -> table.table().equals(AUDIT_TABLE))) {
      return;
    }
    AuditLog.open(db, AuditKeys.chainKey(keys), Clock.systemUTC(), AuditCommand.anchorFile(options))
        .append(AuditEntry.of(AuditEntry.CLI, action)
            .withDetail("archive", summary.archiveId().toString())
            .withDetail("schema", summary.schemaVersion())
            .withDetail("tables", summary.tables().size())
            .withDetail("rows", summary.rows()));
  }

  private KeyRing keysForRestore() {
    try {
      return keys();
    } catch (KeysNotFoundException e) {
      if (Backups.custodyFile(file).isPresent()) {
        throw new IllegalArgumentException("the keys folder " + options.keysDir() + " holds no keys. This archive"
            + " carries the custody file: `guwah backup custody " + file + "` puts it into the keys folder;"
            + " then `guwah keys recover --share FILE ...` with the custodians' shares, and restore again.");
      }
      throw e;
    }
  }

  private void custody() throws IOException {
    Optional<byte[]> custody = Backups.custodyFile(file);
    if (custody.isEmpty()) {
      throw new IllegalArgumentException("backup " + file + " carries no custody file");
    }
    Path keysDir = options.keysDir();
    Files.createDirectories(keysDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path target = keysDir.resolve(Backups.CUSTODY_FILE);
    try {
      Files.write(Files.createFile(target,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))), custody.get());
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(target + " exists already; it is not overwritten");
    }
    System.out.println("wrote " + target + " from " + file + "; now `guwah keys recover --share FILE ...` with the"
        + " custodians' shares, then `guwah backup verify " + file + "`");
  }

  /** Shows each phase on standard error with {@link Progress}. */
  private static final class TerminalProgress implements BackupProgress {
    private @Nullable Progress current;

    @Override
    public void start(String phase, long totalRows) {
      current = Progress.onStderr(phase, totalRows);
    }

    @Override
    public void advance(long rows) {
      Progress progress = current;
      if (progress != null) {
        progress.advance(rows);
      }
    }

    @Override
    public void finish() {
      Progress progress = current;
      if (progress != null) {
        progress.finish();
      }
      current = null;
    }
  }
}
