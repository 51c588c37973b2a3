package org.guwah.web.attachments;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards what is left of a refused upload's body, up to a bound, before the refusal is
 * answered. An HTTP/1.1 client that sends a body without {@code Expect: 100-continue} (every
 * browser) reads the answer only once it has sent the body; a server that answers and closes while
 * body bytes are still arriving resets the connection, and the client sees "connection reset"
 * instead of "413: the file is larger than 25 MiB". Reading the rest (up to {@value #MAX_BYTES}
 * bytes) lets the answer arrive; past that, or when {@code Content-Length} says the body is larger,
 * the connection is closed after the answer. Nothing read here is kept.
 */
final class BodyDrain {
  /** Most bytes discarded after a refusal. */
  static final long MAX_BYTES = 64L << 20;

  private BodyDrain() {}

  /**
   * Discards the rest of {@code ctx}'s request body, at most {@link #MAX_BYTES} bytes; does not
   * start when {@code Content-Length} is larger than {@code formLimit} plus that.
   */
  static void discardRest(Context ctx, long formLimit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > formLimit + MAX_BYTES) {
      ctx.header("Connection", "close");
      return;
    }
    byte[] sink = new byte[64 * 1024];
    long left = MAX_BYTES;
    try {
      InputStream in = ctx.req().getInputStream();
      int n;
      while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
        left -= n;
      }
      if (left <= 0) {
        ctx.header("Connection", "close");
      }
    } catch (IOException | RuntimeException e) {
      ctx.header("Connection", "close");
    }
  }
}
