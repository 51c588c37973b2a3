package org.guwah.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command shares: where the data, keys and database are. */
final class GlobalOptions {
  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (embedded database, keys). Default: $GUWAH_DATA or ./data")
  @Nullable Path data;

  @Option(names = "--keys", paramLabel = "DIR", description = "Folder of the field-encryption keys. Default: $GUWAH_KEYS or DATA/keys")
  @Nullable Path keys;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "External PostgreSQL, e.g. jdbc:postgresql://host:5432/guwah?user=guwah&password=... Default: $GUWAH_DB, else an embedded server under DATA/")
  @Nullable String db;

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("GUWAH_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env);
  }

  Path keysDir() {
    if (keys != null) {
      return keys;
    }
    String env = System.getenv("GUWAH_KEYS");
    return env == null || env.isBlank() ? dataDir().resolve("keys") : Path.of(env);
  }

  @Nullable String db() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("GUWAH_DB");
    return env == null || env.isBlank() ? null : env;
  }
}
