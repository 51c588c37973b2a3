package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Stores the content exactly as uploaded (Ogg, MP3, WAV): its type was recognised by its leading
 * bytes only, and its metadata (ID3 tags, Vorbis comments, RIFF INFO) is kept. Stateless;
 * thread-safe.
 */
public final class PassThrough implements ContentFilter {
  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    in.copyToEnd(out);
    return Set.of();
  }
}
