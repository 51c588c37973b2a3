package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Stores plain text as it is, checking on the way that all of it is well-formed UTF-8 without
 * control characters ({@link Utf8Validator}). A file that starts as text and turns binary later is
 * refused, naming the byte offset. Stateless; thread-safe.
 */
public final class TextCheck implements ContentFilter {
  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    Utf8Validator utf8 = new Utf8Validator();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.readSome(buffer, 0, buffer.length)) >= 0) {
      String problem = utf8.check(buffer, 0, n);
      if (problem != null) {
        throw ContentRefusedException.malformed(problem);
      }
      out.write(buffer, 0, n);
    }
    if (utf8.inSequence()) {
      throw ContentRefusedException.malformed("text ends inside a UTF-8 character");
    }
    return Set.of();
  }
}
