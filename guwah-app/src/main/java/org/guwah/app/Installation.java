package org.guwah.app;

import java.nio.file.Path;
import java.time.Clock;
import org.guwah.core.ids.Ids;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.jspecify.annotations.Nullable;

/**
 * One Guwah installation opened: its database (embedded under the data folder, or an external
 * server), migrated, and its field keys. Closing it closes the pool and stops an embedded server.
 */
final class Installation implements AutoCloseable {
  private final Database database;
  private final KeyRing keys;
  private final CaseStore store;
  private final Path searchDir;

  private Installation(Database database, KeyRing keys, Path searchDir) {
    this.database = database;
    this.keys = keys;
    this.searchDir = searchDir;
    this.store = CaseStore.create(database.jdbi(), keys, Clock.systemUTC(), Ids.system());
  }

  /**
   * Opens the installation described by {@code options}; creates the keys on first start when
   * {@code createKeys}, else requires them.
   */
  static Installation open(GlobalOptions options, boolean createKeys, int poolSize) {
    return open(options, createKeys, poolSize, java.util.List.of());
  }

  /**
   * As {@link #open(GlobalOptions, boolean, int)}; with {@code shareTexts}, the keys are opened in
   * memory from the custody file of a sealed keys folder (nothing is written).
   */
  static Installation open(GlobalOptions options, boolean createKeys, int poolSize, java.util.List<String> shareTexts) {
    Path keysDir = options.keysDir();
    KeyRing keys = !shareTexts.isEmpty() ? KeyRing.openWithShares(keysDir, shareTexts)
        : createKeys ? KeyRing.openOrCreate(keysDir) : KeyRing.open(keysDir);
    @Nullable String url = options.db();
    Database db = Database.open(new DatabaseOptions(url, null, null, options.dataDir(), poolSize));
    try {
      db.migrate();
      return new Installation(db, keys, options.dataDir().resolve("search"));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  CaseStore store() {
    return store;
  }

  KeyRing keys() {
    return keys;
  }

  /** The full-text index directory, {@code DATA/search} (ADR 0014). */
  Path searchDir() {
    return searchDir;
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
  }
}
