package org.guwah.store.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.guwah.store.crypto.KeyRing;
import tools.jackson.databind.ObjectMapper;

/** Checks a whole archive without a database (see {@link Backups#verify}). */
final class Verification {
  private final ObjectMapper json;

  Verification(ObjectMapper json) {
    this.json = json;
  }

  BackupSummary run(Path path, KeyRing keys, BackupProgress progress) {
    try (ArchiveReader archive = ArchiveReader.open(path, keys, json)) {
      Manifest manifest = archive.manifest();
      List<BackupSummary.TableCount> counts = new ArrayList<>();
      progress.start("verifying", manifest.rows());
      try {
        for (Manifest.Table table : manifest.tables()) {
          archive.readTable(table, progress, data -> {});
          counts.add(new BackupSummary.TableCount(table.name(), table.rows()));
        }
        archive.finish();
      } catch (ArchiveReadException e) {
        throw archive.damaged(e);
      } catch (IOException e) {
        throw new BackupFailedException("cannot read backup archive " + path + ": " + e.getMessage(), e);
      } catch (SQLException e) {
        throw new IllegalStateException("verification does not use a database", e);
      }
      progress.finish();
      ArchiveHeader header = archive.header();
      return new BackupSummary(
          header.archiveId(), header.created(), header.schemaVersion(), counts, header.custody() != null);
    }
  }
}
