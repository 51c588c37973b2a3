package org.guwah.web.attachments;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.guwah.store.attachments.Attachment;
import org.jspecify.annotations.Nullable;

/**
 * Sends a prepared download as the HTTP answer. Status and headers are set only when the first
 * byte is written, which {@link AttachmentDesk#write} does only after the whole attachment has
 * verified: until then the answer is untouched, so an error can still be sent instead.
 *
 * <p>Headers: {@code Content-Type} from the type detected at upload, {@code Content-Length}, {@code
 * Content-Disposition: attachment} ({@link ContentDisposition}), {@code X-Content-Type-Options:
 * nosniff}, {@code Cache-Control: no-store}, {@code Content-Security-Policy: sandbox; default-src
 * 'none'} and {@code Cross-Origin-Resource-Policy: same-origin}.
 */
final class DownloadResponse extends OutputStream {
  /** The Content-Security-Policy of every download. */
  static final String CSP = "sandbox; default-src 'none'";

  private final Context ctx;
  private final AttachmentDesk.Download download;
  private @Nullable OutputStream out;

  private DownloadResponse(Context ctx, AttachmentDesk.Download download) {
    this.ctx = ctx;
    this.download = download;
  }

  /**
   * Writes {@code download} to {@code ctx}'s response.
   *
   * @throws org.guwah.store.attachments.AttachmentDamagedException if it does not verify (nothing
   *     was sent)
   * @throws IOException if the client went away
   */
  static void send(Context ctx, AttachmentDesk desk, AttachmentDesk.Download download) throws IOException {
    DownloadResponse response = new DownloadResponse(ctx, download);
    desk.write(download, response);
    response.flush();
  }

  /** Whether anything of the answer has been sent. */
  static boolean started(Context ctx) {
    return ctx.res().isCommitted();
  }

  private OutputStream out() throws IOException {
    OutputStream o = out;
    if (o == null) {
      Attachment a = download.attachment();
      ctx.status(200);
      ctx.res().setContentType(a.mediaType().contentType());
      ctx.res().setContentLengthLong(a.size());
      ctx.header("Content-Disposition", ContentDisposition.attachment(download.label().fileName(), a.mediaType()));
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Cache-Control", "no-store");
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Cross-Origin-Resource-Policy", "same-origin");
      o = ctx.res().getOutputStream();
      out = o;
    }
    return o;
  }

  @Override
  public void write(int b) throws IOException {
    out().write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out().write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    OutputStream o = out;
    if (o != null) {
      o.flush();
    }
  }

  @Override
  public String toString() {
    return "DownloadResponse[" + download.attachment().id() + "]";
  }
}
