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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the key files of one keys directory (the two keysets and the custody file) —
 * the only place that touches their bytes on disk.
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
    byte[] json = readOwnerOnly(kind.fileName(), "Keyset file");
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(
          new String(json, StandardCharsets.UTF_8),
          TinkConfiguration.get(),
          InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new UnableToReadKeysException("Keyset file " + file + " is not a valid Tink keyset");
    } finally {
      Arrays.fill(json, (byte) 0);
    }
  }

  Path path(String fileName) {
    return directory.resolve(fileName);
  }

  boolean exists(String fileName) {
    return Files.exists(path(fileName));
  }

  /**
   * The bytes of {@code fileName}, refusing a file that group or others may access; {@code what}
   * starts the error messages (e.g. "Keyset file").
   */
  byte[] readOwnerOnly(String fileName, String what) {
    return readBytes(fileName, what, true);
  }

  /**
   * The bytes of {@code fileName}; with {@code ownerOnly}, refuses a file that group or others may
   * access. {@code what} starts the error messages (e.g. "Custody file").
   */
  byte[] readBytes(String fileName, String what, boolean ownerOnly) {
    Path file = path(fileName);
    try {
      if (posix && ownerOnly) {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (mode.stream().anyMatch(NOT_OWNER::contains)) {
          throw new UnableToReadKeysException(
              what + " " + file + " is accessible by other users; run `chmod 600 " + file
                  + "` (and consider the keys compromised if others could read them)");
        }
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnableToReadKeysException(
          "Unable to read " + what.toLowerCase(Locale.ROOT) + " " + file, e);
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
    byte[] json;
    try {
      json =
          TinkJsonProtoKeysetFormat.serializeKeyset(
                  handle, TinkConfiguration.get(), InsecureSecretKeyAccess.get())
              .getBytes(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new UnableToWriteKeysException("Unable to serialize the " + kind.purpose() + " keyset");
    }
    try {
      writeFile(kind.fileName(), json, written -> {});
    } finally {
      Arrays.fill(json, (byte) 0);
    }
  }

  /**
   * Atomically writes (or replaces) {@code fileName} with {@code content}, mode 0600. The
   * temporary file is forced to disk, read back and handed to {@code verifyWritten} before it
   * replaces the target; if the check throws, the target is left as it was.
   */
  void writeFile(String fileName, byte[] content, Consumer<byte[]> verifyWritten) {
    Path target = path(fileName);
    @Nullable Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + fileName + ".", ".tmp", fileMode());
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      byte[] written = Files.readAllBytes(temporary);
      try {
        verifyWritten.accept(written);
      } finally {
        Arrays.fill(written, (byte) 0);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
      forceDirectory();
    } catch (IOException e) {
      throw new UnableToWriteKeysException("Unable to write key file " + target, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** Deletes the keyset file of {@code kind} if present, durably. */
  void delete(KeysetKind kind) {
    try {
      Files.deleteIfExists(path(kind));
      forceDirectory();
    } catch (IOException e) {
      throw new UnableToWriteKeysException("Unable to delete keyset file " + path(kind), e);
    }
  }

  /**
   * Renames the keyset file of {@code kind} to the first free {@code NAME.before-recovery-N}
   * (mode kept), so that a replaced keyset is never lost.
   *
   * @return the new path
   */
  Path moveAside(KeysetKind kind) {
    try {
      for (int n = 1; ; n++) {
        Path aside = path(kind.fileName() + ".before-recovery-" + n);
        if (!Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(path(kind), aside, StandardCopyOption.ATOMIC_MOVE);
          forceDirectory();
          return aside;
        }
      }
    } catch (IOException e) {
      throw new UnableToWriteKeysException("Unable to move keyset file " + path(kind) + " aside", e);
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
