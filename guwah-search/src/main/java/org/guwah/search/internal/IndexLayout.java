package org.guwah.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.jspecify.annotations.Nullable;

/**
 * The index root: one directory per generation ({@code g0000000001}, ...), a pointer file
 * {@value #POINTER} naming the current one (replaced atomically), and a process lock so that one
 * process at a time opens the root. A rebuild writes a new generation and then moves the pointer;
 * a crash before the move leaves the old generation current and the new one is removed on the next
 * open. The root is created owner-only (0700) where POSIX permissions exist. Not thread-safe: the
 * owner serialises calls.
 */
public final class IndexLayout implements Closeable {
  static final String POINTER = "current";
  private static final Pattern GENERATION = Pattern.compile("g[0-9]{10}");
  private static final String LOCK = "guwah-search.lock";

  private final Path root;
  private final Directory rootDirectory;
  private final Lock lock;

  private IndexLayout(Path root, Directory rootDirectory, Lock lock) {
    this.root = root;
    this.rootDirectory = rootDirectory;
    this.lock = lock;
  }

  /**
   * Creates the root if needed and locks it.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException if another process holds it
   */
  public static IndexLayout open(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(root);
      }
    }
    Directory dir = FSDirectory.open(root);
    try {
      return new IndexLayout(root, dir, dir.obtainLock(LOCK));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The current generation named by the pointer; empty if there is no pointer yet. */
  public Optional<Path> current() throws IOException {
    String name;
    try {
      name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!GENERATION.matcher(name).matches()) {
      throw new InvalidPointerException();
    }
    return Optional.of(root.resolve(name));
  }

  /** Creates the next, empty generation directory. */
  public Path newGeneration() throws IOException {
    long max = 0;
    for (Path g : generations()) {
      max = Math.max(max, Long.parseLong(g.getFileName().toString().substring(1)));
    }
    return Files.createDirectory(root.resolve(String.format("g%010d", max + 1)));
  }

  /** Makes {@code generation} current, atomically and durably. */
  public void switchTo(Path generation) throws IOException {
    DurableFiles.replace(root.resolve(POINTER), generation.getFileName().toString() + "\n");
  }

  /** Deletes every generation except {@code keep} (all if null). */
  public void removeAllExcept(@Nullable Path keep) throws IOException {
    for (Path g : generations()) {
      if (keep == null || !g.getFileName().equals(keep.getFileName())) {
        DurableFiles.deleteTree(g);
      }
    }
    Files.deleteIfExists(root.resolve(POINTER + ".tmp"));
  }

  /** Deletes one generation directory. */
  public void remove(Path generation) throws IOException {
    DurableFiles.deleteTree(generation);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.close();
    } finally {
      rootDirectory.close();
    }
  }

  private List<Path> generations() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)).forEach(out::add);
    }
    return out;
  }

  /** The pointer file does not name a generation. */
  public static final class InvalidPointerException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidPointerException() {
      super("search index pointer file does not name a generation");
    }
  }
}
