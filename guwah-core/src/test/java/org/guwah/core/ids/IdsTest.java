package org.guwah.core.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsAreVersion7TimeOrderedAndUnique() {
    Clock t1 = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    Clock t2 = Clock.fixed(Instant.parse("2024-01-01T00:00:01Z"), ZoneOffset.UTC);
    UUID a = new Ids(t1, new Random(1)).next();
    UUID b = new Ids(t2, new Random(1)).next();
    assertThat(a.version()).isEqualTo(7);
    assertThat(a.variant()).isEqualTo(2);
    assertThat(a.getMostSignificantBits() >>> 16).isEqualTo(t1.millis());
    assertThat(a.toString().compareTo(b.toString())).isNegative();
    Set<UUID> seen = new HashSet<>();
    Ids ids = Ids.system();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(ids.next())).isTrue();
    }
  }
}
