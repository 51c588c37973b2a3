package org.guwah.store.lists;

/** No list, row or proposal has the given id (the message names the kind of thing only). */
public final class ListNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ListNotFoundException(String what) {
    super("no such " + what);
  }
}
