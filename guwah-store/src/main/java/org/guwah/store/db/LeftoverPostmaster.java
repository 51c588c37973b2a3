package org.guwah.store.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for a new postmaster when a {@code postmaster.pid} is left in the data directory.
 *
 * <p>The launcher (zonky) holds an exclusive lock on {@code epg-lock} in the data directory while
 * its server runs. When that lock is free, no live process owns the server any more, so a running
 * postmaster recorded in the pid file is an orphan (its JVM was killed): it is stopped with a fast
 * shutdown (SIGINT, like {@code pg_ctl stop -m fast}) and a new server is started normally. A pid
 * file whose process is gone is left to PostgreSQL, which removes it after checking that no old
 * server process still uses its shared memory. A pid file naming a live process that is not this
 * server's postmaster (the pid was reused) or an incomplete pid file is deleted. A process is only
 * ever signalled when it runs the {@code postgres} executable and started when the pid file says.
 */
final class LeftoverPostmaster {
  static final String LAUNCHER_LOCK_FILE = "epg-lock";
  private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final long START_TIME_TOLERANCE_SECONDS = 5;

  private enum Owner {
    LEFTOVER_POSTMASTER,
    UNRELATED_PROCESS,
    UNKNOWN
  }

  private LeftoverPostmaster() {}

  /**
   * Makes {@code pgDirectory} ready for a new postmaster, as described in the class comment.
   *
   * @throws UnableToStartEmbeddedPostgresException if a live process (or this JVM) serves the
   *     directory, or a leftover postmaster does not stop
   * @throws IOException if the lock or pid file cannot be read or deleted
   */
  static void clear(Path pgDirectory) throws IOException {
    if (!Files.exists(pgDirectory.resolve(PostmasterPidFile.FILE_NAME))) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(
            pgDirectory.resolve(LAUNCHER_LOCK_FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE)) {
      FileLock lock = lockOrFail(channel, pgDirectory);
      try {
        clearLocked(pgDirectory);
      } finally {
        lock.release();
      }
    }
  }

  private static FileLock lockOrFail(FileChannel channel, Path pgDirectory) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      throw new UnableToStartEmbeddedPostgresException(
          "PostgreSQL data directory " + pgDirectory + " is already served by this JVM", e);
    }
    if (lock == null) {
      throw new UnableToStartEmbeddedPostgresException(
          "PostgreSQL data directory " + pgDirectory + " is in use by another running process");
    }
    return lock;
  }

  private static void clearLocked(Path pgDirectory) throws IOException {
    Path pidPath = pgDirectory.resolve(PostmasterPidFile.FILE_NAME);
    Optional<PostmasterPidFile> recorded = PostmasterPidFile.read(pgDirectory);
    if (recorded.isEmpty()) {
      LOG.warn("Deleting incomplete {}", pidPath);
      Files.deleteIfExists(pidPath);
      return;
    }
    PostmasterPidFile pidFile = recorded.get();
    Optional<ProcessHandle> process = ProcessHandle.of(pidFile.pid()).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      LOG.info("Stale {} (process {} is gone); PostgreSQL will replace it", pidPath, pidFile.pid());
      return;
    }
    switch (owner(process.get(), pidFile)) {
      case LEFTOVER_POSTMASTER:
        stop(process.get(), pgDirectory);
        break;
      case UNRELATED_PROCESS:
        LOG.warn("Deleting stale {}: process {} is not its postmaster", pidPath, pidFile.pid());
        Files.deleteIfExists(pidPath);
        break;
      case UNKNOWN:
      default:
        LOG.warn("Cannot tell whether process {} is the postmaster of {}", pidFile.pid(), pidPath);
        break;
    }
  }

  private static Owner owner(ProcessHandle process, PostmasterPidFile pidFile) {
    ProcessHandle.Info info = process.info();
    Optional<String> command = info.command();
    if (command.isEmpty()) {
      return Owner.UNKNOWN;
    }
    Path executable = Path.of(command.get()).getFileName();
    String name = executable == null ? "" : executable.toString();
    if (!name.equals("postgres") && !name.equals("postgres.exe")) {
      return Owner.UNRELATED_PROCESS;
    }
    boolean startedElsewhen =
        info.startInstant()
            .map(s -> Math.abs(s.getEpochSecond() - pidFile.startEpochSecond()))
            .map(difference -> difference > START_TIME_TOLERANCE_SECONDS)
            .orElse(false);
    return startedElsewhen ? Owner.UNRELATED_PROCESS : Owner.LEFTOVER_POSTMASTER;
  }

  private static void stop(ProcessHandle postmaster, Path pgDirectory) {
    LOG.warn(
        "Stopping PostgreSQL server (pid {}) left running on {} by a process that ended without"
            + " stopping it",
        postmaster.pid(),
        pgDirectory);
    if (!requestFastShutdown(postmaster.pid())) {
      postmaster.destroy();
    }
    try {
      postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new UnableToStartEmbeddedPostgresException(
          "Leftover PostgreSQL server (pid "
              + postmaster.pid()
              + ") on "
              + pgDirectory
              + " did not stop within "
              + STOP_TIMEOUT.toSeconds()
              + " s",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnableToStartEmbeddedPostgresException(
          "Interrupted while stopping leftover PostgreSQL server on " + pgDirectory, e);
    }
  }

  /** Sends SIGINT (PostgreSQL's fast shutdown); false if that is not possible here. */
  private static boolean requestFastShutdown(long pid) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-INT", Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
