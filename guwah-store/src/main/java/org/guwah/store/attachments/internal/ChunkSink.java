package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.guwah.store.crypto.ChunkCipher;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * The stored content of one attachment, written as it is produced: bytes collect in one buffer of
 * the chunk size; when it is full and more bytes come, it is sealed ({@link ChunkCipher}, not
 * final) and inserted; {@link #finish()} seals what is left as the final chunk. So memory holds
 * one chunk (two while sealing), whatever the file's size, and the SHA-256 of the stored content
 * is computed on the way.
 *
 * <p>{@link #patch} may rewrite bytes still in the buffer, or — if the sink was made with {@code
 * keepFirstChunk} — bytes of the first chunk after it was sealed: the first chunk is then sealed
 * again by {@link #finish()}, and the digest recomputed by reading the other chunks back (only
 * WebP needs this, to fix its RIFF size after removing metadata chunks).
 *
 * <p>Runs in the caller's transaction; not thread-safe. Buffers are zeroed by {@link #finish()}.
 */
public final class ChunkSink implements ContentSink {
  /** Smallest chunk size accepted (so container headers always lie in the first chunk). */
  public static final int MIN_CHUNK_SIZE = 1024;

  private final Handle handle;
  private final ChunkCipher cipher;
  private final UUID id;
  private final String stream;
  private final byte[] buffer;
  private final boolean keepFirstChunk;
  private final MessageDigest digest;
  private byte @Nullable [] firstChunk;
  private boolean firstChunkPatched;
  private int fill;
  private int sealedChunks;
  private long position;
  private boolean finished;

  /** What was stored. */
  public record Result(long size, int chunkCount, byte[] sha256) {
    public Result {
      sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
      return sha256.clone();
    }
  }

  public ChunkSink(Handle handle, ChunkCipher cipher, UUID id, int chunkSize, boolean keepFirstChunk) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.id = Objects.requireNonNull(id, "id");
    if (chunkSize < MIN_CHUNK_SIZE) {
      throw new IllegalArgumentException("chunk size must be at least " + MIN_CHUNK_SIZE);
    }
    this.stream = ChunkReader.streamId(id);
    this.buffer = new byte[chunkSize];
    this.keepFirstChunk = keepFirstChunk;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  @Override
  public void write(int b) {
    if (fill == buffer.length) {
      seal(false);
    }
    buffer[fill++] = (byte) b;
    position++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int done = 0;
    while (done < length) {
      if (fill == buffer.length) {
        seal(false);
      }
      int n = Math.min(length - done, buffer.length - fill);
      System.arraycopy(bytes, offset + done, buffer, fill, n);
      fill += n;
      done += n;
      position += n;
    }
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public void patch(long offset, byte[] bytes) {
    long bufferStart = position - fill;
    if (offset < 0 || offset + bytes.length > position) {
      throw new IllegalArgumentException("can only patch bytes already written");
    }
    if (offset >= bufferStart) {
      System.arraycopy(bytes, 0, buffer, (int) (offset - bufferStart), bytes.length);
      return;
    }
    byte[] first = firstChunk;
    if (first == null || offset + bytes.length > first.length) {
      throw new IllegalStateException("only the first chunk can be patched once sealed");
    }
    System.arraycopy(bytes, 0, first, (int) offset, bytes.length);
    firstChunkPatched = true;
  }

  /**
   * Seals the final chunk and returns what was stored.
   *
   * @throws IllegalStateException if nothing was written, or called twice
   * @throws ChunkDamagedException if chunks read back (after a first-chunk patch) do not open
   */
  public Result finish() {
    if (finished || position == 0) {
      throw new IllegalStateException(finished ? "already finished" : "nothing was written");
    }
    finished = true;
    try {
      seal(true);
      byte[] sha;
      byte[] first = firstChunk;
      if (firstChunkPatched && first != null) {
        AttachmentTable.replaceChunk(handle, id, 0, cipher.seal(stream, 0, sealedChunks == 1, first));
        MessageDigest again = digestCopy();
        again.update(first);
        try {
          ChunkReader.read(handle, cipher, id, 1, sealedChunks, (index, plaintext) -> {
            again.update(plaintext);
            Arrays.fill(plaintext, (byte) 0);
          });
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        sha = again.digest();
      } else {
        sha = digest.digest();
      }
      return new Result(position, sealedChunks, sha);
    } finally {
      Arrays.fill(buffer, (byte) 0);
      if (firstChunk != null) {
        Arrays.fill(firstChunk, (byte) 0);
      }
    }
  }

  private MessageDigest digestCopy() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private void seal(boolean last) {
    byte[] plaintext = fill == buffer.length ? buffer : Arrays.copyOf(buffer, fill);
    digest.update(buffer, 0, fill);
    if (sealedChunks == 0 && keepFirstChunk) {
      firstChunk = Arrays.copyOf(buffer, fill);
    }
    AttachmentTable.insertChunk(handle, id, sealedChunks, cipher.seal(stream, sealedChunks, last, plaintext));
    if (plaintext != buffer) {
      Arrays.fill(plaintext, (byte) 0);
    }
    sealedChunks++;
    fill = 0;
  }
}
