package org.guwah.store.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.guwah.store.crypto.ArchiveCipher;
import org.guwah.store.crypto.ArchiveKeyNotInRingException;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.UnableToDecryptFieldException;
import tools.jackson.databind.ObjectMapper;

/**
 * An archive opened for reading: header parsed, archive key unwrapped, manifest decrypted and
 * checked against the header. Tables are then read in manifest order, each digested, and {@link
 * #finish()} checks every digest and the authenticated end of the stream. Nothing read is to be
 * trusted (committed, reported as intact) before {@link #finish()} returns.
 *
 * <p>Not thread-safe.
 */
final class ArchiveReader implements AutoCloseable {
  private final Path path;
  private final InputStream file;
  private final ArchiveHeader header;
  private final ArchiveBodyReader body;
  private final Manifest manifest;
  private final List<TableDigest> digests = new ArrayList<>();

  private ArchiveReader(Path path, InputStream file, ArchiveHeader header, ArchiveBodyReader body, Manifest manifest) {
    this.path = path;
    this.file = file;
    this.header = header;
    this.body = body;
    this.manifest = manifest;
  }

  /**
   * Opens {@code path}.
   *
   * @throws BackupDamagedException if the header or manifest is altered or malformed
   * @throws BackupKeysMismatchException if {@code keys} do not hold the key that sealed the archive
   * @throws BackupFailedException if the file cannot be read
   */
  static ArchiveReader open(Path path, KeyRing keys, ObjectMapper json) {
    InputStream file = openFile(path);
    try {
      ArchiveHeader header = ArchiveHeader.read(file, path);
      ArchiveCipher cipher = unwrap(header, keys, path);
      ArchiveBodyReader body = new ArchiveBodyReader(cipher.decryptingStream(file, header.bytes()), json);
      Manifest manifest = body.manifest();
      if (manifest.format() != ArchiveHeader.FORMAT_VERSION
          || !manifest.archiveId().equals(header.archiveId())
          || !manifest.schemaVersion().equals(header.schemaVersion())) {
        throw new ArchiveReadException("its manifest does not match its header");
      }
      return new ArchiveReader(path, file, header, body, manifest);
    } catch (ArchiveReadException e) {
      closeQuietly(file);
      throw damaged(path, e);
    } catch (IOException e) {
      closeQuietly(file);
      throw new BackupFailedException("cannot read backup archive " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(file);
      throw e;
    }
  }

  /** Reads only the clear header (no keys needed). */
  static ArchiveHeader header(Path path) {
    try (InputStream file = openFile(path)) {
      return ArchiveHeader.read(file, path);
    } catch (IOException e) {
      throw new BackupFailedException("cannot read backup archive " + path + ": " + e.getMessage(), e);
    }
  }

  private static InputStream openFile(Path path) {
    try {
      return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new BackupFailedException("no backup archive " + path, e);
    } catch (IOException e) {
      throw new BackupFailedException("cannot open backup archive " + path + ": " + e.getMessage(), e);
    }
  }

  private static ArchiveCipher unwrap(ArchiveHeader header, KeyRing keys, Path path) {
    try {
      return ArchiveCipher.unwrap(header.wrappedKey(), header.keyBinding(), keys);
    } catch (ArchiveKeyNotInRingException e) {
      throw new BackupKeysMismatchException(path, e.getMessage(), e);
    } catch (UnableToDecryptFieldException e) {
      throw new BackupDamagedException(path, "its key does not open with these keys: the header was altered", e);
    }
  }

  static BackupDamagedException damaged(Path path, ArchiveReadException e) {
    return new BackupDamagedException(path, e.getMessage(), e);
  }

  BackupDamagedException damaged(ArchiveReadException e) {
    return damaged(path, e);
  }

  Path path() {
    return path;
  }

  ArchiveHeader header() {
    return header;
  }

  Manifest manifest() {
    return manifest;
  }

  /** Reads one table's data. */
  interface TableConsumer {
    /** Reads {@code data} (to its end, or as far as needed; the rest is drained). */
    void consume(InputStream data) throws IOException, SQLException;
  }

  /**
   * Reads the next table (which must be {@code table}, the next in the manifest) through {@code
   * consumer}, digesting it, and checks its row count against the manifest.
   *
   * @throws ArchiveReadException if the data is altered, malformed or its row count differs
   * @throws SQLException as thrown by {@code consumer}
   */
  TableDigest readTable(Manifest.Table table, BackupProgress progress, TableConsumer consumer)
      throws IOException, SQLException {
    int index = digests.size();
    if (index >= manifest.tables().size() || !manifest.tables().get(index).equals(table)) {
      throw new IllegalStateException("tables must be read in manifest order");
    }
    TableDigester digester = new TableDigester(table.name(), table.format());
    DigestingInputStream data = new DigestingInputStream(body.table(table.name()), digester, progress);
    consumer.consume(data);
    data.drain();
    TableDigest digest;
    try {
      digest = digester.finish();
    } catch (CopyDataException e) {
      throw new ArchiveReadException("the data of table " + table.name() + " is malformed: " + e.getMessage(), e);
    }
    if (digest.rows() != table.rows()) {
      throw new ArchiveReadException(
          "table " + table.name() + " holds " + digest.rows() + " rows, its manifest says " + table.rows());
    }
    digests.add(digest);
    return digest;
  }

  /**
   * After every table was read: checks the recorded digests against the computed ones and reads
   * the authenticated end of the stream (which detects truncation).
   *
   * @throws ArchiveReadException if anything differs or the archive does not end where it should
   */
  void finish() throws IOException {
    if (digests.size() != manifest.tables().size()) {
      throw new IllegalStateException("read every table before finishing");
    }
    List<TableDigest> recorded = body.digests().tables();
    if (recorded.size() != digests.size()) {
      throw new ArchiveReadException("its digests do not match its manifest");
    }
    for (int i = 0; i < digests.size(); i++) {
      if (!recorded.get(i).equals(digests.get(i))) {
        throw new ArchiveReadException("the data of table " + digests.get(i).table() + " does not match its digest");
      }
    }
    body.end();
  }

  /** The digests computed so far, in manifest order. */
  List<TableDigest> digests() {
    return List.copyOf(digests);
  }

  @Override
  public void close() {
    closeQuietly(file);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // reading is over
    }
  }
}
