package org.guwah.store.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The first lines of PostgreSQL's {@code postmaster.pid}: process id, data directory, start time
 * (seconds since the epoch) and port.
 *
 * @param pid the postmaster's process id
 * @param dataDirectory the data directory the postmaster was started on
 * @param startEpochSecond when the postmaster started
 * @param port the TCP port it listens on
 */
record PostmasterPidFile(long pid, String dataDirectory, long startEpochSecond, int port) {
  static final String FILE_NAME = "postmaster.pid";

  /**
   * Reads the pid file of {@code pgDirectory}.
   *
   * @return empty if the file does not exist or is incomplete (a server crashed while writing it)
   * @throws IOException if the file exists but cannot be read
   */
  static Optional<PostmasterPidFile> read(Path pgDirectory) throws IOException {
    Path file = pgDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PostmasterPidFile(
              Long.parseLong(lines.get(0).strip()),
              lines.get(1).strip(),
              Long.parseLong(lines.get(2).strip()),
              Integer.parseInt(lines.get(3).strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
