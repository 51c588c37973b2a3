package org.guwah.store.accounts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password and second-factor guessing, in memory, per account and per client
 * address.
 *
 * <p>Use: before checking a password or code, ask {@link #blockedFor}; if it answers a duration,
 * refuse without checking (and without recording anything), e.g. with 429 and {@code
 * Retry-After}. After the check, {@link #recordFailure} or {@link #recordSuccess}.
 *
 * <p>Counting: each key (the account key, e.g. {@link LoginName#keyOf}, whether or not such an
 * account exists, so blocking does not reveal which names exist; and the client address, IPv6
 * addresses taken per /64 network) counts failures. After {@link Policy#accountFreeFailures}
 * (or {@link Policy#addressFreeFailures}) failures, every further failure blocks that key for
 * {@link Policy#baseDelay} doubled per failure beyond the free ones, at most {@link
 * Policy#maxDelay}. A success resets the account's count, not the address's (an attacker with
 * one valid account must not be able to clear their address). A key without a failure for
 * {@link Policy#forgetAfter} is forgotten.
 *
 * <p>Memory is bounded: each of the two tables holds at most {@link Policy#maxEntries} keys
 * (keys are cut to 80 characters); when full, forgotten keys go first, then the key whose last
 * failure is oldest. So a flood of random names or addresses cannot exhaust the heap; it can at
 * worst push out old counts, and the flood itself is counted against its addresses.
 *
 * <p>The account lockout lets anyone delay one account's sign-in by up to {@link
 * Policy#maxDelay}; the cap keeps that short. Counts are per process and lost on restart.
 *
 * <p>Thread-safe (one lock). Nothing is logged.
 */
public final class LoginThrottle {
  private static final int MAX_KEY_LENGTH = 80;

  /**
   * Throttling parameters.
   *
   * @param accountFreeFailures failures per account before delays start
   * @param addressFreeFailures failures per client address before delays start
   * @param baseDelay block after the first failure beyond the free ones
   * @param maxDelay longest block
   * @param forgetAfter a key without failures for this long starts over
   * @param maxEntries keys kept per table (accounts, addresses)
   */
  public record Policy(
      int accountFreeFailures,
      int addressFreeFailures,
      Duration baseDelay,
      Duration maxDelay,
      Duration forgetAfter,
      int maxEntries) {
    /** 5 per account, 20 per address, 1 s doubling up to 15 min, forget after 24 h, 10,000 keys. */
    public static final Policy DEFAULT =
        new Policy(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24), 10_000);

    public Policy {
      Objects.requireNonNull(baseDelay, "baseDelay");
      Objects.requireNonNull(maxDelay, "maxDelay");
      Objects.requireNonNull(forgetAfter, "forgetAfter");
      if (accountFreeFailures < 0 || addressFreeFailures < 0) {
        throw new IllegalArgumentException("free failures must not be negative");
      }
      if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("delays must be positive and maxDelay >= baseDelay");
      }
      if (forgetAfter.compareTo(maxDelay) < 0) {
        throw new IllegalArgumentException("forgetAfter must be at least maxDelay");
      }
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries must be positive");
      }
    }
  }

  /** Failures of one key. */
  private static final class Entry {
    int failures;
    Instant lastFailure = Instant.EPOCH;
    Instant blockedUntil = Instant.EPOCH;
  }

  private final Policy policy;
  private final Clock clock;
  private final LinkedHashMap<String, Entry> accounts = new LinkedHashMap<>();
  private final LinkedHashMap<String, Entry> addresses = new LinkedHashMap<>();

  private LoginThrottle(Policy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A throttle with {@link Policy#DEFAULT}. */
  public static LoginThrottle create(Clock clock) {
    return new LoginThrottle(Policy.DEFAULT, clock);
  }

  public static LoginThrottle create(Policy policy, Clock clock) {
    return new LoginThrottle(policy, clock);
  }

  /**
   * How long attempts for this account or from this address must still wait; empty if an
   * attempt may be made now.
   */
  public synchronized Optional<Duration> blockedFor(String accountKey, String clientAddress) {
    Instant now = clock.instant();
    Instant until = later(blockedUntil(accounts, accountKey(accountKey), now),
        blockedUntil(addresses, addressKey(clientAddress), now));
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  /** Counts a failed password, TOTP or recovery code attempt. */
  public synchronized void recordFailure(String accountKey, String clientAddress) {
    Instant now = clock.instant();
    fail(accounts, accountKey(accountKey), policy.accountFreeFailures(), now);
    fail(addresses, addressKey(clientAddress), policy.addressFreeFailures(), now);
  }

  /** A successful sign-in: forgets the account's failures (the address's count stays). */
  public synchronized void recordSuccess(String accountKey, String clientAddress) {
    Objects.requireNonNull(clientAddress, "clientAddress");
    accounts.remove(accountKey(accountKey));
  }

  /** Keys held in both tables together (for tests and monitoring). */
  public synchronized int size() {
    return accounts.size() + addresses.size();
  }

  private Instant blockedUntil(Map<String, Entry> table, String key, Instant now) {
    Entry entry = table.get(key);
    if (entry == null) {
      return Instant.EPOCH;
    }
    if (forgotten(entry, now)) {
      table.remove(key);
      return Instant.EPOCH;
    }
    return entry.blockedUntil;
  }

  private void fail(LinkedHashMap<String, Entry> table, String key, int free, Instant now) {
    Entry entry = table.remove(key);
    if (entry == null || forgotten(entry, now)) {
      makeRoom(table, now);
      entry = new Entry();
    }
    table.put(key, entry); // re-inserted last: the table is ordered by last failure
    entry.failures = entry.failures == Integer.MAX_VALUE ? entry.failures : entry.failures + 1;
    entry.lastFailure = now;
    int beyond = entry.failures - free;
    if (beyond > 0) {
      entry.blockedUntil = later(entry.blockedUntil, now.plus(delay(beyond)));
    }
  }

  private Duration delay(int beyondFree) {
    int doublings = Math.min(beyondFree - 1, 40);
    long maxMillis = policy.maxDelay().toMillis();
    long base = policy.baseDelay().toMillis();
    long millis = base > (maxMillis >> doublings) ? maxMillis : base << doublings;
    return Duration.ofMillis(Math.min(millis, maxMillis));
  }

  private void makeRoom(LinkedHashMap<String, Entry> table, Instant now) {
    if (table.size() < policy.maxEntries()) {
      return;
    }
    Iterator<Entry> oldestFirst = table.values().iterator();
    while (oldestFirst.hasNext()) {
      Entry entry = oldestFirst.next();
      if (!forgotten(entry, now)) {
        break; // ordered by last failure: everything after is younger
      }
      oldestFirst.remove();
    }
    Iterator<Entry> evict = table.values().iterator();
    while (table.size() >= policy.maxEntries() && evict.hasNext()) {
      evict.next();
      evict.remove();
    }
  }

  private boolean forgotten(Entry entry, Instant now) {
    return !now.isBefore(entry.lastFailure.plus(policy.forgetAfter()))
        && !now.isBefore(entry.blockedUntil);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String accountKey(String key) {
    Objects.requireNonNull(key, "accountKey");
    return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
  }

  /** The address itself, or for IPv6 its /64 network (one host usually owns a whole /64). */
  static String addressKey(String address) {
    Objects.requireNonNull(address, "clientAddress");
    String text = address.length() > MAX_KEY_LENGTH ? address.substring(0, MAX_KEY_LENGTH) : address;
    if (text.indexOf(':') < 0 || !text.chars().allMatch(LoginThrottle::ipv6Character)) {
      return text;
    }
    try {
      // A literal (only hex digits, ':' and '.'), so no name is looked up.
      InetAddress parsed = InetAddress.getByName(text);
      if (parsed instanceof Inet6Address) {
        byte[] bytes = parsed.getAddress();
        return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException e) {
      return text;
    }
  }

  private static boolean ipv6Character(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':'
        || c == '.';
  }

  @Override
  public String toString() {
    return "LoginThrottle[" + policy + "]";
  }
}
