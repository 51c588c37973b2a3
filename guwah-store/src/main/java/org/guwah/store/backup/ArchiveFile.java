package org.guwah.store.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A new archive file, written under a temporary name ({@code .NAME.*.partial}, mode 0600 on POSIX
 * file systems) in the target's folder, forced to disk, then given its name in one step that never
 * replaces an existing file (a hard link, else a rename after a check). A crash or failure leaves
 * no file under the target name; at worst a {@code .partial} file that can be deleted.
 *
 * <p>Not thread-safe.
 */
final class ArchiveFile implements AutoCloseable {
  private final Path target;
  private final Path temporary;

  private ArchiveFile(Path target, Path temporary) {
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Creates the temporary file next to {@code target}.
   *
   * @throws BackupFailedException if {@code target} exists, its folder does not, or the file
   *     cannot be created
   */
  static ArchiveFile create(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw exists(absolute);
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new BackupFailedException("the folder of backup archive " + absolute + " does not exist", null);
    }
    try {
      Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial", ownerOnly());
      return new ArchiveFile(absolute, temporary);
    } catch (IOException e) {
      throw new BackupFailedException("cannot create a file in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static BackupFailedException exists(Path target) {
    return new BackupFailedException(
        "backup archive " + target + " already exists; it is not overwritten (choose another name)", null);
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  /** The target path (absolute). */
  Path target() {
    return target;
  }

  /** A stream on the temporary file; closing it forces the content to disk. */
  OutputStream open() throws IOException {
    FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    return new FilterOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
      private boolean closed;

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try (channel) {
          out.flush();
          channel.force(true);
        }
      }
    };
  }

  /**
   * Gives the complete file its name.
   *
   * @throws BackupFailedException if a file of that name appeared meanwhile, or the file system
   *     refuses
   */
  void publish() {
    boolean linked;
    try {
      Files.createLink(target, temporary);
      linked = true;
    } catch (FileAlreadyExistsException e) {
      throw exists(target);
    } catch (UnsupportedOperationException | IOException e) {
      linked = false; // no hard links here: rename instead
    }
    try {
      if (linked) {
        Files.deleteIfExists(temporary);
      } else {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw exists(target);
        }
        Files.move(temporary, target);
      }
    } catch (FileAlreadyExistsException e) {
      throw exists(target);
    } catch (IOException e) {
      throw new BackupFailedException("cannot name backup archive " + target + ": " + e.getMessage(), e);
    }
    forceFolder();
  }

  private void forceFolder() {
    Path folder = target.getParent();
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // best effort: not every platform can open a folder; the file itself was forced
    }
  }

  /** Deletes the temporary file (gone already once published). */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // a leftover .partial file holds only ciphertext, mode 0600
    }
  }
}
