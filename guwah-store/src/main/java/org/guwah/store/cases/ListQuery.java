package org.guwah.store.cases;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listing request: filter values by parameter name (as strings, checked against the record type's
 * filters), at most {@code limit} items, continuing after id {@code after}. Records come in id
 * order, which is creation order.
 */
public record ListQuery(Map<String, String> filters, int limit, @Nullable UUID after) {
  public static final int MAX_LIMIT = 500;

  public ListQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    filters = Map.copyOf(filters);
  }

  public static ListQuery first(int limit) {
    return new ListQuery(Map.of(), limit, null);
  }
}
