package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Moves an upload of one type from its input to the sink: as it is, or with embedded metadata
 * removed, checking the format's structure on the way. Reads the input to its end (so the
 * original's hash and size cover every byte).
 */
public interface ContentFilter {
  /**
   * @return what metadata was removed (empty if none, or if this filter never removes any)
   * @throws ContentRefusedException if the structure is broken (malformed) or the content turns
   *     out to be of a type that is not accepted (unsupported)
   * @throws IOException if reading the upload fails
   */
  Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException;
}
