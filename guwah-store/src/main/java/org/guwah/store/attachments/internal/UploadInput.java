package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The uploaded bytes as the filters read them: buffered (so the first {@link #SNIFF_LENGTH} bytes
 * can be looked at before anything is consumed), counted against a limit, and hashed with SHA-256
 * as they arrive, so {@link #sha256()} covers exactly the bytes received.
 *
 * <p>Every method that needs bytes which are not there throws {@link ContentRefusedException}
 * (malformed, "cut short") naming {@code what} and the byte offset. I/O errors of the underlying
 * stream pass through. Not thread-safe.
 */
public final class UploadInput {
  /** How many leading bytes {@link #peek} can show. */
  public static final int SNIFF_LENGTH = 4096;

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final long limit;
  private final MessageDigest digest;
  private final byte[] buffer = new byte[BUFFER];
  private int start;
  private int end;
  private long received;
  private long consumed;
  private boolean eof;

  /**
   * @param in the upload; not closed here
   * @param limit the most bytes accepted; one more makes every read throw {@link
   *     UploadTooLargeException}
   */
  public UploadInput(InputStream in, long limit) {
    this.in = Objects.requireNonNull(in, "in");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.limit = limit;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Offset of the next byte to be read, from the start of the upload. */
  public long position() {
    return consumed;
  }

  /**
   * Copies up to {@code length} (at most {@link #SNIFF_LENGTH}) leading bytes into {@code into}
   * without consuming them; fewer only if the upload is shorter. Only valid before anything was
   * consumed.
   */
  public int peek(byte[] into, int length) throws IOException {
    if (consumed != 0 || length > SNIFF_LENGTH) {
      throw new IllegalStateException("peek only looks at the first " + SNIFF_LENGTH + " bytes");
    }
    while (end - start < length && fill()) {
      // keep reading
    }
    int n = Math.min(length, end - start);
    System.arraycopy(buffer, start, into, 0, n);
    return n;
  }

  /** Whether every byte has been consumed. */
  public boolean atEnd() throws IOException {
    return start == end && !fill();
  }

  /** The next byte (0..255), or -1 at the end. */
  public int read() throws IOException {
    if (start == end && !fill()) {
      return -1;
    }
    consumed++;
    return buffer[start++] & 0xff;
  }

  /** The next byte; throws "cut short" at the end. */
  public int readByte(String what) throws IOException {
    int b = read();
    if (b < 0) {
      throw cutShort(what);
    }
    return b;
  }

  /** Reads some bytes (at least one unless at the end): the count, or -1 at the end. */
  public int readSome(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (start == end && !fill()) {
      return -1;
    }
    int n = Math.min(length, end - start);
    System.arraycopy(buffer, start, into, offset, n);
    start += n;
    consumed += n;
    return n;
  }

  /** Reads exactly {@code length} bytes into {@code into} at {@code offset}. */
  public void readFully(byte[] into, int offset, int length, String what) throws IOException {
    int done = 0;
    while (done < length) {
      int n = readSome(into, offset + done, length - done);
      if (n < 0) {
        throw cutShort(what);
      }
      done += n;
    }
  }

  /** Reads exactly {@code length} bytes. */
  public byte[] readBytes(int length, String what) throws IOException {
    byte[] bytes = new byte[length];
    readFully(bytes, 0, length, what);
    return bytes;
  }

  /** Copies exactly {@code length} bytes to {@code out}. */
  public void copy(long length, ContentSink out, String what) throws IOException {
    long left = length;
    while (left > 0) {
      if (start == end && !fill()) {
        throw cutShort(what);
      }
      int n = (int) Math.min(left, end - start);
      out.write(buffer, start, n);
      start += n;
      consumed += n;
      left -= n;
    }
  }

  /** Consumes exactly {@code length} bytes without keeping them. */
  public void skip(long length, String what) throws IOException {
    long left = length;
    while (left > 0) {
      if (start == end && !fill()) {
        throw cutShort(what);
      }
      int n = (int) Math.min(left, end - start);
      start += n;
      consumed += n;
      left -= n;
    }
  }

  /** Copies everything left to {@code out}; returns how many bytes that was. */
  public long copyToEnd(ContentSink out) throws IOException {
    long total = 0;
    while (start < end || fill()) {
      int n = end - start;
      out.write(buffer, start, n);
      start = end;
      consumed += n;
      total += n;
    }
    return total;
  }

  /** Consumes everything left without keeping it; returns how many bytes that was. */
  public long skipToEnd() throws IOException {
    long total = 0;
    while (start < end || fill()) {
      int n = end - start;
      start = end;
      consumed += n;
      total += n;
    }
    return total;
  }

  /**
   * Copies bytes to {@code out} up to (not including) the next {@code 0xFF} byte or the end (JPEG
   * entropy-coded data between markers).
   */
  public void copyUntilFf(ContentSink out) throws IOException {
    while (start < end || fill()) {
      int i = start;
      while (i < end && buffer[i] != (byte) 0xff) {
        i++;
      }
      int n = i - start;
      if (n > 0) {
        out.write(buffer, start, n);
        start = i;
        consumed += n;
      }
      if (i < end) {
        return;
      }
    }
  }

  /** Bytes received from the upload so far (ahead of {@link #position()} by what is buffered). */
  public long received() {
    return received;
  }

  /**
   * SHA-256 of every byte received; call once, after the end was reached.
   *
   * @throws IllegalStateException if the end was not reached
   */
  public byte[] sha256() throws IOException {
    if (!atEnd()) {
      throw new IllegalStateException("the upload was not read to its end");
    }
    return digest.digest();
  }

  /** A "cut short" refusal naming {@code what} and the current offset. */
  public ContentRefusedException cutShort(String what) {
    return ContentRefusedException.malformed(what + " is cut short at byte " + consumed);
  }

  /** Reads more into the buffer; false at the end of the upload. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (start == end) {
      start = 0;
      end = 0;
    } else if (end == buffer.length) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
      return false;
    }
    digest.update(buffer, end, n);
    end += n;
    received += n;
    if (received > limit) {
      throw new UploadTooLargeException(limit);
    }
    return true;
  }
}
