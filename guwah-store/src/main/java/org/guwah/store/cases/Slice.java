package org.guwah.store.cases;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One page of a listing; {@code after} is the id to continue after, or null at the end. */
public record Slice<T>(List<T> items, @Nullable UUID after) {
  public Slice {
    items = List.copyOf(items);
  }
}
