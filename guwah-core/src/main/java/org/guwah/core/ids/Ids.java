package org.guwah.core.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Generates record identifiers: RFC 9562 version-7 UUIDs (48-bit millisecond timestamp, then
 * random bits), so ids sort roughly by creation time, index well, and reveal neither counts nor
 * sequence. Thread-safe.
 */
public final class Ids {
  private static final Ids SYSTEM = new Ids(Clock.systemUTC(), new SecureRandom());
  private final Clock clock;
  private final Random random;

  public Ids(Clock clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  /** A generator on the system clock and a {@link SecureRandom}. */
  public static Ids system() {
    return SYSTEM;
  }

  /** A new version-7 UUID. */
  public UUID next() {
    long millis = clock.millis();
    long rand;
    long rand2;
    synchronized (random) {
      rand = random.nextLong();
      rand2 = random.nextLong();
    }
    long msb = (millis << 16) | 0x7000L | (rand & 0x0FFFL);
    long lsb = (rand2 & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
