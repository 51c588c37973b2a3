package org.guwah.store.cases;

import java.util.UUID;

/** A create named an id that is already taken. */
public final class DuplicateIdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DuplicateIdException(String kind, UUID id) {
    super("a " + kind + " with id " + id + " already exists");
  }
}
