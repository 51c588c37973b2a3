package org.guwah.store.accounts;

import org.guwah.store.crypto.SecretTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.ids.Ids;
import org.jspecify.annotations.Nullable;

/**
 * Sessions in memory, found by bearer token.
 *
 * <p>Tokens are 256 random bits (base64url, 43 characters) handed out once in a {@link
 * NewSession}; the store keys sessions by the token's SHA-256, so a heap dump does not yield
 * usable tokens. Each session has its own CSRF token (256 bits).
 *
 * <p>Expiry, checked on every {@link #find}: a session ends when it was idle for {@link
 * Policy#idleTimeout()} (default 30 min), when {@link Policy#absoluteTimeout()} (default 12 h)
 * has passed since it was opened or promoted, and a {@link SessionStage#PASSWORD_VERIFIED}
 * session also when {@link Policy#secondFactorTimeout()} (default 5 min) has passed since it was
 * opened. {@link #promote} issues a new token and CSRF token (the old token stops working), so
 * a token planted before sign-in is worthless after it.
 *
 * <p>Bounded: at most {@link Policy#maxSessions()} sessions (when full, expired ones are purged,
 * then the least recently seen is dropped) and {@link Policy#maxSessionsPerAccount()} per account
 * (the account's least recently seen is dropped). Sessions are lost on restart, which signs
 * everyone out.
 *
 * <p>Call {@link #invalidateAccount} when an account is disabled, its roles change or its second
 * factor is reset. Thread-safe (one lock). Nothing is logged.
 */
public final class SessionStore {

  /**
   * Session limits.
   *
   * @param idleTimeout a session unused this long ends
   * @param absoluteTimeout a session this old (since opened or promoted) ends
   * @param secondFactorTimeout a {@link SessionStage#PASSWORD_VERIFIED} session this old ends
   * @param maxSessions sessions held at most
   * @param maxSessionsPerAccount sessions per account at most
   */
  public record Policy(
      Duration idleTimeout,
      Duration absoluteTimeout,
      Duration secondFactorTimeout,
      int maxSessions,
      int maxSessionsPerAccount) {
    /** 30 min idle, 12 h absolute, 5 min for the second factor, 10,000 sessions, 10 per account. */
    public static final Policy DEFAULT =
        new Policy(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(5), 10_000, 10);

    public Policy {
      positive(idleTimeout, "idleTimeout");
      positive(absoluteTimeout, "absoluteTimeout");
      positive(secondFactorTimeout, "secondFactorTimeout");
      if (maxSessions < 1 || maxSessionsPerAccount < 1) {
        throw new IllegalArgumentException("session limits must be positive");
      }
    }

    /** This policy with other idle and absolute timeouts. */
    public Policy withTimeouts(Duration idle, Duration absolute) {
      return new Policy(idle, absolute, secondFactorTimeout, maxSessions, maxSessionsPerAccount);
    }

    private static void positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
    }
  }

  private final Policy policy;
  private final Clock clock;
  private final SecureRandom random;
  private final Ids ids;
  /** By token hash, least recently seen first. */
  private final LinkedHashMap<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<UUID, LinkedHashSet<String>> byAccount = new LinkedHashMap<>();

  private SessionStore(Policy policy, Clock clock, SecureRandom random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.ids = new Ids(clock, random);
  }

  /** A store with {@link Policy#DEFAULT}. */
  public static SessionStore create(Clock clock, SecureRandom random) {
    return new SessionStore(Policy.DEFAULT, clock, random);
  }

  public static SessionStore create(Policy policy, Clock clock, SecureRandom random) {
    return new SessionStore(policy, clock, random);
  }

  public Policy policy() {
    return policy;
  }

  /**
   * Opens a session for an account whose password (stage {@link SessionStage#PASSWORD_VERIFIED})
   * or password and second factor ({@link SessionStage#AUTHENTICATED}) were just verified.
   *
   * @throws IllegalArgumentException if {@code roles} is empty
   */
  public synchronized NewSession open(UUID accountId, Set<Role> roles, SessionStage stage) {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(stage, "stage");
    Instant now = clock.instant();
    Session session =
        new Session(ids.next(), accountId, roles, stage, SecretTokens.newToken(random), now, now);
    return store(session, now);
  }

  /**
   * The live session of {@code token}, marked as seen now; empty if the token is malformed,
   * unknown or its session has expired (an expired session is removed).
   */
  public synchronized Optional<Session> find(String token) {
    String key = keyOf(token);
    if (key == null) {
      return Optional.empty();
    }
    Session session = sessions.get(key);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(session, now)) {
      remove(key);
      return Optional.empty();
    }
    Session touched = session.touched(now);
    sessions.put(key, touched);
    return Optional.of(touched);
  }

  /**
   * Completes sign-in: replaces the live {@link SessionStage#PASSWORD_VERIFIED} session of
   * {@code token} by an {@link SessionStage#AUTHENTICATED} one with a new token, a new CSRF
   * token and its absolute expiry counted from now. The old token stops working.
   *
   * @return the new session, or empty if the token has no live session
   * @throws IllegalStateException if the session is already authenticated
   */
  public synchronized Optional<NewSession> promote(String token) {
    Optional<Session> found = find(token);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Session old = found.get();
    if (old.authenticated()) {
      throw new IllegalStateException("session is already authenticated");
    }
    remove(Objects.requireNonNull(keyOf(token)));
    Instant now = clock.instant();
    Session promoted =
        new Session(
            old.id(),
            old.accountId(),
            old.roles(),
            SessionStage.AUTHENTICATED,
            SecretTokens.newToken(random),
            now,
            now);
    return Optional.of(store(promoted, now));
  }

  /** Ends the session of {@code token} (sign-out); false if there was none. */
  public synchronized boolean invalidate(String token) {
    String key = keyOf(token);
    return key != null && remove(key);
  }

  /** Ends every session of the account; returns how many there were. */
  public synchronized int invalidateAccount(UUID accountId) {
    LinkedHashSet<String> keys = byAccount.get(accountId);
    if (keys == null) {
      return 0;
    }
    List<String> copy = new ArrayList<>(keys);
    copy.forEach(this::remove);
    return copy.size();
  }

  /** Sessions held, expired ones not yet purged included. */
  public synchronized int size() {
    return sessions.size();
  }

  /** Removes every expired session; returns how many. Optional: expiry is also checked lazily. */
  public synchronized int purgeExpired() {
    Instant now = clock.instant();
    List<String> expired = new ArrayList<>();
    sessions.forEach(
        (key, session) -> {
          if (expired(session, now)) {
            expired.add(key);
          }
        });
    expired.forEach(this::remove);
    return expired.size();
  }

  private NewSession store(Session session, Instant now) {
    LinkedHashSet<String> mine = byAccount.get(session.accountId());
    while (mine != null && mine.size() >= policy.maxSessionsPerAccount()) {
      remove(leastRecentlySeen(mine));
      mine = byAccount.get(session.accountId());
    }
    if (sessions.size() >= policy.maxSessions()) {
      purgeExpired();
    }
    if (sessions.size() >= policy.maxSessions()) {
      Iterator<String> eldest = sessions.keySet().iterator();
      remove(eldest.next());
    }
    String token = SecretTokens.newToken(random);
    String key = Objects.requireNonNull(keyOf(token));
    sessions.put(key, session);
    byAccount.computeIfAbsent(session.accountId(), id -> new LinkedHashSet<>()).add(key);
    return new NewSession(token, session);
  }

  private String leastRecentlySeen(Set<String> keys) {
    @Nullable String oldest = null;
    Instant oldestSeen = Instant.MAX;
    for (String key : keys) {
      Session s = sessions.get(key);
      Instant seen = s == null ? Instant.MIN : s.lastSeenAt();
      if (oldest == null || seen.isBefore(oldestSeen)) {
        oldest = key;
        oldestSeen = seen;
      }
    }
    return Objects.requireNonNull(oldest);
  }

  private boolean remove(String key) {
    Session removed = sessions.remove(key);
    if (removed == null) {
      return false;
    }
    LinkedHashSet<String> keys = byAccount.get(removed.accountId());
    if (keys != null) {
      keys.remove(key);
      if (keys.isEmpty()) {
        byAccount.remove(removed.accountId());
      }
    }
    return true;
  }

  private boolean expired(Session session, Instant now) {
    if (!now.isBefore(session.lastSeenAt().plus(policy.idleTimeout()))) {
      return true;
    }
    if (!now.isBefore(session.createdAt().plus(policy.absoluteTimeout()))) {
      return true;
    }
    return !session.authenticated()
        && !now.isBefore(session.createdAt().plus(policy.secondFactorTimeout()));
  }

  private static @Nullable String keyOf(String token) {
    byte[] hash = SecretTokens.hashOf(token);
    return hash == null ? null : HexFormat.of().formatHex(hash);
  }

  @Override
  public String toString() {
    return "SessionStore[" + policy + "]";
  }
}
