package org.guwah.store.cases;

import java.util.UUID;

/** No record of the kind with that id. The message names the kind and the (opaque) id only. */
public final class RecordNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String kind, UUID id) {
    super("no " + kind + " with id " + id);
  }
}
