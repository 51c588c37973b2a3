package org.guwah.store.attachments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored attachment does not verify: its metadata row was changed (its sealed provenance no
 * longer opens), a chunk is missing, extra, altered, swapped or moved from another attachment, the
 * content's SHA-256 or size differs from the recorded one, or the key that sealed it is not in the
 * key ring. The message names the attachment id, the chunk index and what failed, never content.
 *
 * <p>When thrown by {@link AttachmentStore#open}, part of the content may already have been
 * written to the output stream: the caller must discard it (e.g. abort the HTTP response).
 */
public final class AttachmentDamagedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final UUID id;

  AttachmentDamagedException(UUID id, String problem, @Nullable Throwable cause) {
    super("attachment " + id + " is damaged: " + problem, cause);
    this.id = id;
  }

  public UUID id() {
    return id;
  }
}
