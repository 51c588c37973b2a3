package org.guwah.store.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded, short-lived memory of read results (pages of a list) keyed by everything the read
 * depended on besides the stored data (kind, reading, filters, page), each valid only for the
 * {@link DataGeneration} it was read in: a change of the case data — by this process or, through
 * the database's change notices, by any other — drops the whole memory at once, and while no
 * notices are received nothing is remembered. Entries also expire after {@code lifetime}, which
 * bounds how long decrypted identity data stays here and how stale a page could be if a change
 * escaped the notices (a backup restore). At most {@code capacity} entries (when full, it is
 * emptied). A capacity of 0 turns it off. Thread-safe; {@link #toString()} shows only a count.
 *
 * @param <V> the remembered result
 */
public final class PageMemory<V> {
  private record Entry<V>(long generation, V value, Instant expires) {
    @Override
    public String toString() {
      return "PageMemory.Entry[<redacted>]";
    }
  }

  private final ConcurrentHashMap<Object, Entry<V>> entries = new ConcurrentHashMap<>();
  private final DataGeneration generation;
  private final int capacity;
  private final Duration lifetime;
  private final Clock clock;

  /** A memory dropped on every change of {@code generation}. */
  public PageMemory(DataGeneration generation, int capacity, Duration lifetime, Clock clock) {
    if (capacity < 0 || lifetime.isNegative()) {
      throw new IllegalArgumentException("capacity and lifetime must not be negative");
    }
    this.generation = generation;
    this.capacity = capacity;
    this.lifetime = lifetime;
    this.clock = clock;
    generation.register(this);
  }

  /** The ticket to read under (take it before the read), {@link DataGeneration#NONE} if off. */
  public long ticket() {
    return capacity == 0 ? DataGeneration.NONE : generation.ticket();
  }

  /** The result remembered for {@code key} in the generation of {@code ticket}, or null. */
  public @Nullable V find(long ticket, Object key) {
    if (ticket == DataGeneration.NONE) {
      return null;
    }
    Entry<V> e = entries.get(key);
    if (e == null || e.generation() != ticket || !generation.current(ticket)) {
      return null;
    }
    if (!clock.instant().isBefore(e.expires())) {
      entries.remove(key, e);
      return null;
    }
    return e.value();
  }

  /**
   * Remembers {@code value}, read under {@code ticket}, for {@code key}, unless the data changed
   * since the ticket was taken.
   */
  public void remember(long ticket, Object key, V value) {
    if (!generation.current(ticket)) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.clear();
    }
    Entry<V> e = new Entry<>(ticket, value, clock.instant().plus(lifetime));
    entries.put(key, e);
    if (!generation.current(ticket)) {
      entries.remove(key, e); // a change raced with the put: its clear may have run before it
    }
  }

  /** Forgets everything. */
  public void clear() {
    entries.clear();
  }

  /** How many results are held now. */
  public int size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "PageMemory[" + entries.size() + " of " + capacity + "]";
  }
}
