package org.guwah.web.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing. Pass {@link #nextCursor()} as the {@code cursor} query parameter to get the
 * next page; it is absent on the last page. Cursors are opaque to clients.
 *
 * @param items the entries of this page, in the listing's order
 * @param nextCursor cursor of the next page, or {@code null} when this is the last page
 */
public record Page<T>(
    @ApiDoc(description = "The entries of this page.") List<T> items,
    @ApiDoc(description = "Cursor of the next page; absent on the last page.") @Nullable String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  /** The last (or only) page. */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /** A page followed by the page at {@code nextCursor}. */
  public static <T> Page<T> of(List<T> items, String nextCursor) {
    return new Page<>(items, nextCursor);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, " + (nextCursor == null ? "last" : "more") + "]";
  }
}
