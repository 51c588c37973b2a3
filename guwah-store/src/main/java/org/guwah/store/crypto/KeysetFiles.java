package org.guwah.store.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the keyset files of one keys directory — the only place that touches keyset
 * bytes on disk (a future master-key wrapping goes here).
 *
 * <p>Files are Tink JSON keysets, mode 0600, in a directory of mode 0700 (on POSIX file systems).
 * Writes go to a temporary file in the same directory, are forced to disk and then atomically
 * moved over the target, so a crash leaves either the old or the new keyset. Reading refuses a
 * keyset file that group or others may access. Exception messages name files, never key material;
 * parse errors deliberately carry no cause because a parser message could quote the file.
 *
 * <p>Callers that write hold {@link #underLock}; reads need no lock since files are replaced
 * atomically.
 */
final class KeysetFiles {
  private static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY_MODE =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> NOT_OWNER =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private static final String LOCK_FILE_NAME = ".lock";
  private static final Object IN_PROCESS_GUARD = new Object();

  private final Path directory;
  private final boolean posix;

  KeysetFiles(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
    this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  Path directory() {
    return directory;
  }

  Path path(KeysetKind kind) {
    return directory.resolve(kind.fileName());
  }

  boolean exists(KeysetKind kind) {
    return Files.exists(path(kind));
  }

  /** Creates the directory with mode 0700, or restricts an existing one to 0700. */
  void prepareDirectory() {
    try {
      if (Files.isDirectory(directory)) {
        if (posix) {
          Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
        }
      } else if (posix) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
      } else {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw new UnableToWriteKeysException("Unable to prepare keys directory " + directory, e);
    }
  }

  KeysetHandle read(KeysetKind kind) {
    Path file = path(kind);
    String json;
    try {
      if (posix) {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (mode.stream().anyMatch(NOT_OWNER::contains)) {
          throw new UnableToReadKeysException(
              "Keyset file " + file + " is accessible by other users; run `chmod 600 " + file
                  + "` (and consider the keys compromised if others could read them)");
        }
      }
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnableToReadKeysException("Unable to read keyset file " + file, e);
    }
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(
          json, TinkConfiguration.get(), InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new UnableToReadKeysException("Keyset file " + file + " is not a valid Tink keyset");
    }
  }

  /**
   * Runs {@code action} holding the keys directory's lock: a monitor against other threads of
   * this process and an OS file lock on {@code .lock} against other processes. The directory
   * must exist.
   */
  @SuppressWarnings("try") // the file lock is held for the duration of the block, never read
  <T> T underLock(Supplier<T> action) {
    synchronized (IN_PROCESS_GUARD) {
      Path lockFile = directory.resolve(LOCK_FILE_NAME);
      try (FileChannel channel =
              FileChannel.open(
                  lockFile,
                  EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                  fileMode());
          FileLock lock = channel.lock()) {
        return action.get();
      } catch (IOException e) {
        throw new UnableToWriteKeysException("Unable to lock keys directory " + directory, e);
      }
    }
  }

  /** Atomically writes (or replaces) the keyset file of {@code kind}. */
  void write(KeysetKind kind, KeysetHandle handle) {
    Path target = path(kind);
    byte[] json;
    try {
      json =
          TinkJsonProtoKeysetFormat.serializeKeyset(
                  handle, TinkConfiguration.get(), InsecureSecretKeyAccess.get())
              .getBytes(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new UnableToWriteKeysException("Unable to serialize the " + kind.purpose() + " keyset");
    }
    @Nullable Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + kind.fileName() + ".", ".tmp", fileMode());
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(json);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
      forceDirectory();
    } catch (IOException e) {
      throw new UnableToWriteKeysException("Unable to write keyset file " + target, e);
    } finally {
      Arrays.fill(json, (byte) 0);
      deleteQuietly(temporary);
    }
  }

  private FileAttribute<?>[] fileMode() {
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
        : new FileAttribute<?>[0];
  }

  /** Makes the rename durable; best effort, since not every platform can open a directory. */
  private void forceDirectory() {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // Durability of the directory entry is best effort; the file content itself was forced.
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file is harmless to correctness; it holds mode 0600.
    }
  }

  @Override
  public String toString() {
    return "KeysetFiles[" + directory + "]";
  }
}
