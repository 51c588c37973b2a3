package org.guwah.store.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpenedRecordsTest {
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovableClock clock = new MovableClock();
  final UUID id = UUID.randomUUID();

  @Test
  void answersOnlyForTheExactStoredWrite() {
    OpenedRecords<String> m = new OpenedRecords<>(10, Duration.ofMinutes(10), clock);
    m.remember(id, 3, new byte[] {1, 2, 3}, "record v3");
    assertThat(m.find(id, 3, new byte[] {1, 2, 3})).isEqualTo("record v3");
    assertThat(m.find(id, 4, new byte[] {1, 2, 3})).as("another version").isNull();
    assertThat(m.find(id, 3, new byte[] {1, 2, 4})).as("another write of the same version").isNull();
    assertThat(m.find(UUID.randomUUID(), 3, new byte[] {1, 2, 3})).isNull();
  }

  @Test
  void forgetsAfterItsLifetime() {
    OpenedRecords<String> m = new OpenedRecords<>(10, Duration.ofMinutes(10), clock);
    m.remember(id, 1, new byte[] {9}, "r");
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThat(m.find(id, 1, new byte[] {9})).isEqualTo("r");
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(m.find(id, 1, new byte[] {9})).isNull();
    assertThat(m.size()).isZero();
  }

  @Test
  void staysWithinItsCapacityAndCanBeOff() {
    OpenedRecords<String> m = new OpenedRecords<>(100, Duration.ofMinutes(10), clock);
    for (int i = 0; i < 1000; i++) {
      m.remember(UUID.randomUUID(), 1, new byte[] {1}, "r" + i);
    }
    assertThat(m.size()).isLessThanOrEqualTo(100);
    OpenedRecords<String> off = new OpenedRecords<>(0, Duration.ofMinutes(10), clock);
    off.remember(id, 1, new byte[] {1}, "r");
    assertThat(off.find(id, 1, new byte[] {1})).isNull();
    assertThat(off.emptyLike().size()).isZero();
  }
}
