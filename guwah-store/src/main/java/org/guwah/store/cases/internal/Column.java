package org.guwah.store.cases.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A clear (unencrypted, coded) column of a record's table and how to take its value from a record. */
public record Column<T>(String name, SqlType type, Function<T, @Nullable Object> value) {
  public static <T> Column<T> of(String name, SqlType type, Function<T, @Nullable Object> value) {
    return new Column<>(name, type, value);
  }
}
