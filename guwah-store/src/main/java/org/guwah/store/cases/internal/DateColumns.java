package org.guwah.store.cases.internal;

import java.util.List;
import java.util.function.Function;
import org.guwah.core.time.FuzzyDate;
import org.jspecify.annotations.Nullable;

/** A fuzzy date as three clear columns {@code <prefix>_from}, {@code _to}, {@code _precision}. */
final class DateColumns {
  private DateColumns() {}

  static <T> List<Column<T>> of(String prefix, Function<T, @Nullable FuzzyDate> date) {
    return List.of(
        Column.of(prefix + "_from", SqlType.DATE, r -> {
          FuzzyDate d = date.apply(r);
          return d == null ? null : d.earliest();
        }),
        Column.of(prefix + "_to", SqlType.DATE, r -> {
          FuzzyDate d = date.apply(r);
          return d == null ? null : d.latest();
        }),
        Column.of(prefix + "_precision", SqlType.TEXT, r -> {
          FuzzyDate d = date.apply(r);
          return d == null ? null : d.precision().name();
        }));
  }

  /** A filter on the year a fuzzy date may fall in. */
  static Filter year(String param, String prefix, String description) {
    return Filter.of(param, prefix + "_from <= make_date(?, 12, 31) and " + prefix + "_to >= make_date(?, 1, 1)",
        SqlType.INT, description);
  }

  static <T> List<Column<T>> concat(List<Column<T>> a, List<Column<T>> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
