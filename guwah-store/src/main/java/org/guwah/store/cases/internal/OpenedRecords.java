package org.guwah.store.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A bounded, short-lived memory of records already decrypted and rebuilt, so that reading the same
 * stored row again skips decryption, parsing and validation.
 *
 * <p>An entry is keyed by record id and is valid only for the exact stored write it came from: the
 * row's version and its identity ciphertext must both match. Every write seals the identity part
 * anew under a random nonce, so a changed row (a new version, a consent withdrawal, a write that
 * was rolled back and redone, a re-encryption) can never be answered from here. Entries expire after
 * {@code lifetime} to bound how long decrypted identity data stays in memory, and the memory holds at
 * most {@code capacity} records (when full, an arbitrary tenth is dropped). A capacity of 0 turns
 * it off. Thread-safe.
 */
public final class OpenedRecords<T> {
  private record Entry<T>(long version, byte[] ciphertext, T record, Instant expires) {
    @Override
    public String toString() {
      return "OpenedRecords.Entry[<redacted>]";
    }
  }

  private final ConcurrentHashMap<UUID, Entry<T>> entries = new ConcurrentHashMap<>();
  private final AtomicInteger puts = new AtomicInteger();
  private final int capacity;
  private final Duration lifetime;
  private final Clock clock;

  public OpenedRecords(int capacity, Duration lifetime, Clock clock) {
    if (capacity < 0 || lifetime.isNegative()) {
      throw new IllegalArgumentException("capacity and lifetime must not be negative");
    }
    this.capacity = capacity;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** A new, empty memory with the same capacity, lifetime and clock. */
  public OpenedRecords<T> emptyLike() {
    return new OpenedRecords<>(capacity, lifetime, clock);
  }

  /** The record read earlier from exactly this stored write, or null. */
  public @Nullable T find(UUID id, long version, byte[] ciphertext) {
    if (capacity == 0) {
      return null;
    }
    Entry<T> e = entries.get(id);
    if (e == null || e.version() != version || !Arrays.equals(e.ciphertext(), ciphertext)) {
      return null;
    }
    if (!clock.instant().isBefore(e.expires())) {
      entries.remove(id, e);
      return null;
    }
    return e.record();
  }

  /** Remembers {@code record} as read from the stored write ({@code version}, {@code ciphertext}). */
  public void remember(UUID id, long version, byte[] ciphertext, T record) {
    if (capacity == 0) {
      return;
    }
    if (entries.size() >= capacity) {
      shrink();
    } else if ((puts.incrementAndGet() & 1023) == 0) {
      dropExpired();
    }
    entries.put(id, new Entry<>(version, ciphertext, record, clock.instant().plus(lifetime)));
  }

  /** Forgets a record (after it was written or deleted). */
  public void forget(UUID id) {
    entries.remove(id);
  }

  /** Forgets everything. */
  public void clear() {
    entries.clear();
  }

  /** How many records it holds at most (0: off). */
  public int capacity() {
    return capacity;
  }

  /** How many records are held now. */
  public int size() {
    return entries.size();
  }

  private void shrink() {
    dropExpired();
    int drop = Math.max(1, capacity / 10);
    Iterator<UUID> it = entries.keySet().iterator();
    while (drop-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  private void dropExpired() {
    Instant now = clock.instant();
    entries.values().removeIf(e -> !now.isBefore(e.expires()));
  }

  @Override
  public String toString() {
    return "OpenedRecords[" + entries.size() + " of " + capacity + "]";
  }
}
