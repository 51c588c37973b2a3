package org.guwah.store.lists;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A list about to be stored. {@code title}, {@code fileName} and {@code headers} are sealed like
 * the rows (a header row of a leaked sheet may itself name people).
 *
 * @param title what the documenter calls the list (1 to 300 characters)
 * @param kind what the list is
 * @param fileName the uploaded file's name (may be empty)
 * @param headers the header cells, in column order
 * @param fields for each column, the code of the field it was recognised as, or empty
 * @param createdBy the importing account, or null for the command line
 */
public record NewList(String title, ListKind kind, String fileName, List<String> headers, List<String> fields,
    @Nullable UUID createdBy) {
  /** Longest title. */
  public static final int MAX_TITLE = 300;

  public NewList {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    title = title.strip();
    if (title.isEmpty() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("a list title has 1 to " + MAX_TITLE + " characters");
    }
    headers = List.copyOf(headers);
    fields = List.copyOf(fields);
    if (fields.size() != headers.size()) {
      throw new IllegalArgumentException("one field code per header");
    }
  }

  @Override
  public String toString() {
    return "NewList[" + kind.code() + ", " + headers.size() + " columns]";
  }
}
