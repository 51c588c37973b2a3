package org.guwah.store.lists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored list, opened: its sealed title, file name and headers decrypted. Identity data: never
 * log it ({@link #toString()} shows counts only).
 *
 * @param rowCount rows stored
 * @param waiting proposals no reviewer has settled (proposed or unsure)
 * @param confirmed rows confirmed as a recorded person
 * @param linkedAt when linkage last ran over the list, or null
 */
public record ListInfo(UUID id, String title, ListKind kind, String fileName, List<String> headers,
    List<String> fields, int rowCount, long waiting, long confirmed, @Nullable UUID createdBy, Instant createdAt,
    @Nullable Instant linkedAt) {
  public ListInfo {
    headers = List.copyOf(headers);
    fields = List.copyOf(fields);
  }

  /** The column recognised as {@code field}, or -1. */
  public int column(String field) {
    return fields.indexOf(field);
  }

  @Override
  public String toString() {
    return "ListInfo[" + id + ", " + kind.code() + ", " + rowCount + " rows]";
  }
}
