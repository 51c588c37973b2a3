package org.guwah.web.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Identity unlocks of analysts: a record id a session may read in full for a while, after an
 * audited, purpose-stated request. In memory, per session (a new sign-in starts with none),
 * expiring after {@link #LIFETIME}; at most {@link #MAX_PER_SESSION} live unlocks per session and
 * {@link #MAX_SESSIONS} sessions (the oldest are dropped). Thread-safe.
 */
final class Unlocks {
  /** How long an unlock lasts. */
  static final Duration LIFETIME = Duration.ofMinutes(30);
  static final int MAX_PER_SESSION = 200;
  static final int MAX_SESSIONS = 10_000;

  private final Clock clock;
  private final LinkedHashMap<UUID, Map<UUID, Instant>> bySession = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, Map<UUID, Instant>> eldest) {
      return size() > MAX_SESSIONS;
    }
  };

  Unlocks(Clock clock) {
    this.clock = clock;
  }

  /** Unlocks {@code recordId} for {@code sessionId}; returns when it expires. */
  synchronized Instant unlock(UUID sessionId, UUID recordId) {
    Instant now = clock.instant();
    Map<UUID, Instant> mine = bySession.computeIfAbsent(sessionId, s -> new HashMap<>());
    mine.values().removeIf(until -> !now.isBefore(until));
    if (mine.size() >= MAX_PER_SESSION && !mine.containsKey(recordId)) {
      throw new IllegalStateException("too many unlocks");
    }
    Instant until = now.plus(LIFETIME);
    mine.put(recordId, until);
    return until;
  }

  /** The record ids {@code sessionId} has unlocked now. */
  synchronized Set<UUID> of(UUID sessionId) {
    Map<UUID, Instant> mine = bySession.get(sessionId);
    if (mine == null) {
      return Set.of();
    }
    Instant now = clock.instant();
    return mine.entrySet().stream().filter(e -> now.isBefore(e.getValue())).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String toString() {
    return "Unlocks";
  }
}
