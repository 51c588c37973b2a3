package org.guwah.store.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the embedded server's {@code pg_hba.conf}: SCRAM-SHA-256 password authentication over TCP
 * from the loopback addresses only. No {@code trust}, no Unix-socket ({@code local}) entries and
 * no replication entries, so every other connection is refused. Rewritten before every start, so
 * an edited file cannot weaken the server.
 */
final class HostBasedAuthentication {
  static final String FILE_NAME = "pg_hba.conf";
  static final String CONTENT =
      "# Written by Guwah before every start of the embedded server; edits are overwritten.\n"
          + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
          + "host    all       all   127.0.0.1/32  scram-sha-256\n"
          + "host    all       all   ::1/128       scram-sha-256\n";

  private HostBasedAuthentication() {}

  /** Replaces {@code pg_hba.conf} in {@code pgDirectory} atomically, with mode 0600. */
  static void write(Path pgDirectory) throws IOException {
    Path target = pgDirectory.resolve(FILE_NAME);
    Path partial = pgDirectory.resolve(FILE_NAME + ".new");
    Files.deleteIfExists(partial);
    OwnerOnlyAccess.file(partial);
    Files.writeString(partial, CONTENT, StandardCharsets.US_ASCII);
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
