package org.guwah.store.audit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The anchor file: the seq and MAC of the last entry this machine saw committed, kept outside the
 * database so that removing the chain's tail is noticed even when {@code audit_head} is rewound.
 *
 * <p>Format (UTF-8, three lines): {@code guwah audit anchor v1}, {@code seq=N}, {@code mac=HEX}.
 * {@link #advance} only ever raises the seq; it writes a temporary file in the same folder (mode
 * 0600, fsync) and renames it over the anchor, one writer at a time in this JVM and under a lock
 * on {@code <anchor>.lock} against other processes. Thread-safe.
 */
public final class AnchorFile {
  private static final String MAGIC = "guwah audit anchor v1";

  private final Path file;
  private final Path lockFile;

  public AnchorFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
  }

  /** The anchor file's absolute path. */
  public Path path() {
    return file;
  }

  /**
   * What the file says.
   *
   * @param head the anchored head, or null if there is no file or it is unreadable
   * @param unreadable whether a file exists but does not hold an anchor
   */
  public record Reading(@Nullable Head head, boolean unreadable) {}

  /** Reads the anchor (absent file: no head, not unreadable). */
  public Reading read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Reading(null, false);
    } catch (IOException | RuntimeException e) {
      return new Reading(null, true);
    }
    Head head = parse(text);
    return new Reading(head, head == null);
  }

  static @Nullable Head parse(String text) {
    List<String> lines = text.lines().toList();
    if (lines.size() != 3 || !lines.get(0).equals(MAGIC)
        || !lines.get(1).startsWith("seq=") || !lines.get(2).startsWith("mac=")) {
      return null;
    }
    try {
      long seq = Long.parseLong(lines.get(1).substring(4));
      byte[] mac = HexFormat.of().parseHex(lines.get(2).substring(4));
      return seq < 0 || mac.length != ChainMac.LENGTH ? null : new Head(seq, mac);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String format(Head head) {
    return MAGIC + "\nseq=" + head.seq() + "\nmac=" + HexFormat.of().formatHex(head.mac()) + "\n";
  }

  /**
   * Raises the anchor to {@code head} unless it already names this seq or a later one (another
   * writer got there first); returns once the file names {@code head.seq()} or later. An
   * unreadable anchor is replaced. Concurrent callers in this JVM share writes: while one file
   * write runs, later heads gather and the next write takes the highest of them (one fsync for
   * many commits).
   *
   * @throws IOException if the folder cannot be written
   */
  public void advance(Head head) throws IOException {
    Progress progress = PROGRESS.computeIfAbsent(file, f -> new Progress());
    progress.lock.lock();
    try {
      if (progress.requested == null || progress.requested.seq() < head.seq()) {
        progress.requested = head;
      }
      // The first write started after this request takes a head at least as high as ours.
      long ticket = progress.started;
      while (progress.completed <= ticket) {
        if (progress.writing) {
          progress.changed.awaitUninterruptibly();
          continue;
        }
        Head target = Objects.requireNonNull(progress.requested);
        progress.requested = null;
        progress.writing = true;
        long number = ++progress.started;
        boolean written = false;
        progress.lock.unlock();
        try {
          writeUnderFileLock(target);
          written = true;
        } finally {
          progress.lock.lock();
          progress.writing = false;
          if (written) {
            progress.completed = number;
          } else if (progress.requested == null || progress.requested.seq() < target.seq()) {
            progress.requested = target;
          }
          progress.changed.signalAll();
        }
      }
    } finally {
      progress.lock.unlock();
    }
  }

  /**
   * Per anchor file in this JVM: the highest head not yet taken by a write, and the numbers of
   * the last write started and the last one completed (writes run one at a time).
   */
  private static final class Progress {
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    @Nullable Head requested;
    long started;
    long completed;
    boolean writing;
  }

  private static final ConcurrentHashMap<Path, Progress> PROGRESS = new ConcurrentHashMap<>();

  /**
   * Writes {@code target} unless the file (possibly written by another process) already holds
   * this seq or a later one. One thread of this JVM at a time (see {@link
   * #advance}); {@code <anchor>.lock} keeps other processes out meanwhile.
   */
  private void writeUnderFileLock(Head target) throws IOException {
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock fileLock = channel.lock();
      try {
        Head current = read().head();
        if (current == null || current.seq() < target.seq()) {
          write(target);
        }
      } finally {
        fileLock.release();
      }
    }
  }

  private void write(Head head) throws IOException {
    Path tmp = file.resolveSibling(
        file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel out = FileChannel.open(
          tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
        ByteBuffer bytes = ByteBuffer.wrap(format(head).getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    }
    return new FileAttribute<?>[0];
  }

  @Override
  public String toString() {
    return "AnchorFile[" + file + "]";
  }
}
