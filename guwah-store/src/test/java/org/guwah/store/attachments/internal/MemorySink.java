package org.guwah.store.attachments.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/** A {@link ContentSink} in memory, and a way to run a filter over bytes. */
final class MemorySink implements ContentSink {
  private byte[] bytes = new byte[256];
  private int length;

  /** What a filter produced. */
  record Filtered(byte[] output, Set<StrippedMetadata> stripped) {}

  static Filtered run(ContentFilter filter, byte[] input) {
    MemorySink sink = new MemorySink();
    try {
      UploadInput in = new UploadInput(new ByteArrayInputStream(input), Long.MAX_VALUE);
      Set<StrippedMetadata> stripped = filter.transfer(in, sink);
      if (!in.atEnd()) {
        throw new AssertionError("the filter did not read the upload to its end");
      }
      return new Filtered(sink.toByteArray(), stripped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int offset, int n) {
    ensure(n);
    System.arraycopy(b, offset, bytes, length, n);
    length += n;
  }

  @Override
  public long position() {
    return length;
  }

  @Override
  public void patch(long offset, byte[] b) {
    if (offset < 0 || offset + b.length > length) {
      throw new IllegalArgumentException("patch outside what was written");
    }
    System.arraycopy(b, 0, bytes, (int) offset, b.length);
  }

  byte[] toByteArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, length);
    return out.toByteArray();
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
