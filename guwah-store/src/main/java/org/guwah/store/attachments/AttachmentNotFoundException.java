package org.guwah.store.attachments;

import java.util.UUID;

/** No attachment with that id. The message names the (opaque) id only. */
public final class AttachmentNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final UUID id;

  AttachmentNotFoundException(UUID id) {
    super("no attachment with id " + id);
    this.id = id;
  }

  public UUID id() {
    return id;
  }
}
