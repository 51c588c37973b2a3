package org.guwah.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Restricts directories to mode 0700 and files to mode 0600 on file systems with POSIX
 * permissions; a no-op elsewhere (where the platform's defaults apply).
 */
final class OwnerOnlyAccess {
  static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyAccess() {}

  /** Creates {@code directory} (and parents) if missing, then sets it to mode 0700. */
  static void directory(Path directory) throws IOException {
    if (supportsPosix(directory.getFileSystem().supportedFileAttributeViews())) {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
      }
      Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
    } else {
      Files.createDirectories(directory);
    }
  }

  /** Creates an empty {@code file} with mode 0600 if missing, else sets its mode to 0600. */
  static void file(Path file) throws IOException {
    boolean posix = supportsPosix(file.getFileSystem().supportedFileAttributeViews());
    if (!Files.exists(file)) {
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
      } else {
        Files.createFile(file);
      }
    }
    if (posix) {
      Files.setPosixFilePermissions(file, FILE_MODE);
    }
  }

  private static boolean supportsPosix(Set<String> views) {
    return views.contains("posix");
  }
}
