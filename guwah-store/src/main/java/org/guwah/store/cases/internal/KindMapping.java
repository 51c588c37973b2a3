package org.guwah.store.cases.internal;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/** The part of a {@link RecordMapping} every kind has alike: names, id, version, stored copy. */
abstract class KindMapping<T, S> implements RecordMapping<T, S> {
  /** How a record is copied under a new id and version. */
  interface Restamp<T> {
    T apply(T record, UUID id, long version);
  }

  private final String kind;
  private final Class<S> secretsType;
  private final Function<T, @Nullable UUID> id;
  private final ToLongFunction<T> version;
  private final Restamp<T> restamp;

  KindMapping(String kind, Class<S> secretsType, Function<T, @Nullable UUID> id, ToLongFunction<T> version,
      Restamp<T> restamp) {
    this.kind = kind;
    this.secretsType = secretsType;
    this.id = id;
    this.version = version;
    this.restamp = restamp;
  }

  @Override
  public final String kind() {
    return kind;
  }

  /** Tables are named after their kind. */
  @Override
  public final String table() {
    return kind;
  }

  @Override
  public final Class<S> secretsType() {
    return secretsType;
  }

  @Override
  public final @Nullable UUID id(T record) {
    return id.apply(record);
  }

  @Override
  public final long version(T record) {
    return version.applyAsLong(record);
  }

  @Override
  public final T stored(T record, UUID newId, long newVersion) {
    return restamp.apply(record, newId, newVersion);
  }
}
