package org.guwah.store.backup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the plaintext body of an archive (encrypted by the stream underneath):
 *
 * <pre>
 * 'M' u32 length, manifest JSON
 * per table, in manifest order:
 *   'T' u16 length, table name (UTF-8), then chunks: u32 length + COPY data; a 0 length ends it
 * 'D' u32 length, digests JSON
 * </pre>
 *
 * and nothing after. Not thread-safe.
 */
final class ArchiveBodyWriter {
  static final int MANIFEST = 'M';
  static final int TABLE = 'T';
  static final int DIGESTS = 'D';
  static final int CHUNK = 1 << 16;

  private final DataOutputStream out;
  private final ObjectMapper json;

  ArchiveBodyWriter(OutputStream out, ObjectMapper json) {
    this.out = new DataOutputStream(out);
    this.json = json;
  }

  void manifest(Manifest manifest) throws IOException {
    document(MANIFEST, json.writeValueAsBytes(manifest));
  }

  void digests(Digests digests) throws IOException {
    document(DIGESTS, json.writeValueAsBytes(digests));
  }

  private void document(int kind, byte[] bytes) throws IOException {
    out.writeByte(kind);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /**
   * Starts a table's data; the returned stream cuts what is written into chunks and, when closed,
   * ends the table (it does not close the archive).
   */
  OutputStream table(String name) throws IOException {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    out.writeByte(TABLE);
    out.writeShort(nameBytes.length);
    out.write(nameBytes);
    return new ChunkStream();
  }

  void flush() throws IOException {
    out.flush();
  }

  private final class ChunkStream extends OutputStream {
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private boolean closed;

    @Override
    public void write(int b) throws IOException {
      if (filled == buffer.length) {
        drain();
      }
      buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int at = offset;
      int end = offset + length;
      while (at < end) {
        if (filled == buffer.length) {
          drain();
        }
        int take = Math.min(buffer.length - filled, end - at);
        System.arraycopy(bytes, at, buffer, filled, take);
        filled += take;
        at += take;
      }
    }

    private void drain() throws IOException {
      if (filled > 0) {
        out.writeInt(filled);
        out.write(buffer, 0, filled);
        filled = 0;
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        drain();
        out.writeInt(0);
      }
    }
  }
}
