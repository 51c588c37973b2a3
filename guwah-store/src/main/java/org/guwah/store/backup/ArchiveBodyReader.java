package org.guwah.store.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads what {@link ArchiveBodyWriter} wrote, from the decrypting stream. Every read error of the
 * underlying stream (an altered or truncated segment) and every deviation from the layout is an
 * {@link ArchiveReadException}. Not thread-safe.
 */
final class ArchiveBodyReader {
  private static final int MAX_DOCUMENT = 64 << 20;
  private static final int MAX_CHUNK = 1 << 20;

  private final DataInputStream in;
  private final ObjectMapper json;

  ArchiveBodyReader(InputStream in, ObjectMapper json) {
    this.in = new DataInputStream(new GuardedStream(in));
    this.json = json;
  }

  Manifest manifest() throws IOException {
    return parse(document(ArchiveBodyWriter.MANIFEST, "manifest"), Manifest.class, "manifest");
  }

  Digests digests() throws IOException {
    return parse(document(ArchiveBodyWriter.DIGESTS, "digests"), Digests.class, "digests");
  }

  private <T> T parse(byte[] bytes, Class<T> type, String what) throws ArchiveReadException {
    try {
      return json.readValue(bytes, type);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new ArchiveReadException("the " + what + " is malformed");
    }
  }

  private byte[] document(int kind, String what) throws IOException {
    try {
      if (in.readUnsignedByte() != kind) {
        throw new ArchiveReadException("the " + what + " is missing");
      }
      int length = in.readInt();
      if (length < 0 || length > MAX_DOCUMENT) {
        throw new ArchiveReadException("the " + what + " has an implausible length");
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return bytes;
    } catch (EOFException e) {
      throw new ArchiveReadException("it ends before the " + what, e);
    }
  }

  /**
   * The data of the next table, which must be {@code name}; the returned stream ends at the
   * table's end. Read it to its end before reading further entries.
   */
  InputStream table(String name) throws IOException {
    try {
      if (in.readUnsignedByte() != ArchiveBodyWriter.TABLE) {
        throw new ArchiveReadException("the data of table " + name + " is missing");
      }
      byte[] nameBytes = new byte[in.readUnsignedShort()];
      in.readFully(nameBytes);
      if (!new String(nameBytes, StandardCharsets.UTF_8).equals(name)) {
        throw new ArchiveReadException("tables are not in manifest order");
      }
    } catch (EOFException e) {
      throw new ArchiveReadException("it ends before the data of table " + name, e);
    }
    return new ChunkStream(name);
  }

  /** Requires the end of the body: reading it also authenticates the final segment. */
  void end() throws IOException {
    if (in.read() != -1) {
      throw new ArchiveReadException("it continues after its last entry");
    }
  }

  private final class ChunkStream extends InputStream {
    private final String table;
    private int left;
    private boolean ended;

    ChunkStream(String table) {
      this.table = table;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!nextChunk()) {
        return -1;
      }
      int n = in.read(buffer, offset, Math.min(length, left));
      if (n < 0) {
        throw new ArchiveReadException("it ends inside the data of table " + table);
      }
      left -= n;
      return n;
    }

    private boolean nextChunk() throws IOException {
      if (ended) {
        return false;
      }
      if (left > 0) {
        return true;
      }
      try {
        int length = in.readInt();
        if (length < 0 || length > MAX_CHUNK) {
          throw new ArchiveReadException("the data of table " + table + " is malformed");
        }
        if (length == 0) {
          ended = true;
          return false;
        }
        left = length;
        return true;
      } catch (EOFException e) {
        throw new ArchiveReadException("it ends inside the data of table " + table, e);
      }
    }
  }

  /** Turns every read failure of the decrypting stream into an {@link ArchiveReadException}. */
  private static final class GuardedStream extends InputStream {
    private final InputStream in;

    GuardedStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (ArchiveReadException e) {
        throw e;
      } catch (IOException e) {
        throw new ArchiveReadException("decryption failed", e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return in.read(buffer, offset, length);
      } catch (ArchiveReadException e) {
        throw e;
      } catch (IOException e) {
        throw new ArchiveReadException("decryption failed", e);
      }
    }
  }
}
