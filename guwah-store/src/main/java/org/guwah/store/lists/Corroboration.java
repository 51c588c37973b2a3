package org.guwah.store.lists;

import java.util.UUID;

/**
 * A list row a reviewer confirmed as a person. Holds the list's title and the row's cells: identity
 * data, never log it.
 */
public record Corroboration(UUID listId, String listTitle, ListKind kind, ListRow row, double probability,
    java.util.List<String> headers) {
  public Corroboration {
    headers = java.util.List.copyOf(headers);
  }

  @Override
  public String toString() {
    return "Corroboration[" + row + "]";
  }
}
