package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.guwah.store.crypto.ChunkCipher;
import org.guwah.store.crypto.UnableToDecryptFieldException;
import org.jdbi.v3.core.Handle;

/**
 * Reads an attachment's chunks one at a time (one query per chunk: at most one sealed and one open
 * chunk in memory) and opens each with its index and final flag. Stateless; thread-safe.
 */
public final class ChunkReader {
  /** Receives each opened chunk in order. */
  @FunctionalInterface
  public interface Receiver {
    void accept(int index, byte[] plaintext) throws IOException;
  }

  private ChunkReader() {}

  /**
   * Opens chunks {@code from} to {@code count - 1} of attachment {@code id} (which has {@code
   * count} chunks) and hands each to {@code receiver}.
   *
   * @throws ChunkDamagedException if a chunk is missing or fails to open
   */
  public static void read(Handle h, ChunkCipher cipher, UUID id, int from, int count, Receiver receiver)
      throws IOException {
    String stream = streamId(id);
    for (int i = from; i < count; i++) {
      Optional<byte[]> sealed = AttachmentTable.chunk(h, id, i);
      if (sealed.isEmpty()) {
        throw new ChunkDamagedException(i, "is missing", null);
      }
      byte[] plaintext;
      try {
        plaintext = cipher.open(stream, i, i == count - 1, sealed.get());
      } catch (UnableToDecryptFieldException e) {
        throw new ChunkDamagedException(i, "fails to open (altered, moved, out of order, cut off, or sealed"
            + " with a key not in the key ring)", e);
      }
      receiver.accept(i, plaintext);
    }
  }

  /** The chunk cipher's stream id of an attachment. */
  public static String streamId(UUID id) {
    return "attachment:" + id;
  }
}
