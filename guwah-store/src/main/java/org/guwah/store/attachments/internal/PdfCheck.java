package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Stores a PDF exactly as uploaded (its metadata — author, software, dates, XMP — is kept), after
 * checking that it ends like one: an {@code %%EOF} marker within its last 1024 bytes. A PDF cut
 * short, or something else behind a {@code %PDF-} header, is refused. The PDF is not parsed.
 * Stateless; thread-safe.
 */
public final class PdfCheck implements ContentFilter {
  private static final int TAIL = 1024;

  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    byte[] tail = new byte[TAIL];
    int tailLength = 0;
    int n;
    while ((n = in.readSome(buffer, 0, buffer.length)) >= 0) {
      out.write(buffer, 0, n);
      if (n >= TAIL) {
        System.arraycopy(buffer, n - TAIL, tail, 0, TAIL);
        tailLength = TAIL;
      } else {
        int keep = Math.min(tailLength, TAIL - n);
        System.arraycopy(tail, tailLength - keep, tail, 0, keep);
        System.arraycopy(buffer, 0, tail, keep, n);
        tailLength = keep + n;
      }
    }
    if (!MetadataScan.contains(tail, 0, tailLength, "%%EOF")) {
      throw ContentRefusedException.malformed("no %%EOF marker at the end (cut short, or not a PDF)");
    }
    return Set.of();
  }
}
