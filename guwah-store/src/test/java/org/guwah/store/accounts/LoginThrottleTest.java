package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = MutableClock.at("2024-06-01T12:00:00Z");
  private final LoginThrottle throttle = LoginThrottle.create(clock);

  @Test
  void freeFailuresThenDoublingDelaysPerAccount() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.blockedFor("alimjan", "10.0.0." + i)).isEmpty();
      throttle.recordFailure("alimjan", "10.0.0." + i);
    }
    assertThat(throttle.blockedFor("alimjan", "10.0.0.9")).isEmpty();

    throttle.recordFailure("alimjan", "10.0.0.9"); // 6th
    assertThat(throttle.blockedFor("alimjan", "10.0.0.10")).hasValue(Duration.ofSeconds(1));
    assertThat(throttle.blockedFor("someone-else", "10.0.0.10")).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.blockedFor("alimjan", "10.0.0.10")).isEmpty();

    throttle.recordFailure("alimjan", "10.0.0.11"); // 7th
    assertThat(throttle.blockedFor("alimjan", "x")).hasValue(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    throttle.recordFailure("alimjan", "10.0.0.12"); // 8th
    assertThat(throttle.blockedFor("alimjan", "x")).hasValue(Duration.ofSeconds(4));
    clock.advance(Duration.ofSeconds(3));
    assertThat(throttle.blockedFor("alimjan", "x")).hasValue(Duration.ofSeconds(1));
  }

  @Test
  void delaysStopAtTheMaximum() {
    for (int i = 0; i < 40; i++) {
      throttle.recordFailure("alimjan", "10.1.0." + i);
    }
    assertThat(throttle.blockedFor("alimjan", "y")).hasValue(Duration.ofMinutes(15));
  }

  @Test
  void successResetsTheAccountButNotTheAddress() {
    for (int i = 0; i < 20; i++) {
      throttle.recordFailure("name" + i, "203.0.113.7");
    }
    for (int i = 0; i < 6; i++) {
      throttle.recordFailure("alimjan", "198.51.100." + i);
    }
    assertThat(throttle.blockedFor("alimjan", "198.51.100.99")).isPresent();
    assertThat(throttle.blockedFor("fresh", "203.0.113.7")).isEmpty(); // 20 free per address

    throttle.recordFailure("another", "203.0.113.7"); // 21st from this address
    throttle.recordSuccess("alimjan", "203.0.113.7");

    assertThat(throttle.blockedFor("alimjan", "198.51.100.99")).isEmpty();
    assertThat(throttle.blockedFor("fresh", "203.0.113.7")).hasValue(Duration.ofSeconds(1));
  }

  @Test
  void ipv6AddressesCountPerSlash64() {
    for (int i = 0; i < 21; i++) {
      throttle.recordFailure("n" + i, "2001:db8:1:2:" + Integer.toHexString(i) + "::1");
    }
    assertThat(throttle.blockedFor("n99", "2001:db8:1:2:ffff:ffff:ffff:ffff")).isPresent();
    assertThat(throttle.blockedFor("n99", "2001:db8:1:3::1")).isEmpty();
    assertThat(LoginThrottle.addressKey("2001:DB8:1:2::7")).isEqualTo("20010db800010002/64");
    assertThat(LoginThrottle.addressKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    assertThat(LoginThrottle.addressKey("192.0.2.1")).isEqualTo("192.0.2.1");
    assertThat(LoginThrottle.addressKey("not:an:address:zz")).isEqualTo("not:an:address:zz");
  }

  @Test
  void countsAreForgottenAfterADay() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("alimjan", "a" + i);
    }
    clock.advance(Duration.ofHours(24));
    throttle.recordFailure("alimjan", "b");
    assertThat(throttle.blockedFor("alimjan", "c")).isEmpty();
  }

  @Test
  void memoryStaysBoundedUnderAFloodOfRandomNamesAndAddresses() {
    LoginThrottle small =
        LoginThrottle.create(
            new LoginThrottle.Policy(
                5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24), 100),
            clock);
    for (int i = 0; i < 100_000; i++) {
      small.recordFailure("random-" + i + "x".repeat(500), "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
    }
    assertThat(small.size()).isLessThanOrEqualTo(200);
    // the newest keys are the ones kept
    for (int i = 0; i < 5; i++) {
      small.recordFailure("target", "192.0.2." + i);
    }
    small.recordFailure("target", "192.0.2.9");
    assertThat(small.blockedFor("target", "192.0.2.10")).isPresent();
  }

  @Test
  void fullTablesDropForgottenKeysFirst() {
    LoginThrottle small =
        LoginThrottle.create(
            new LoginThrottle.Policy(
                1, 100, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(10), 3),
            clock);
    small.recordFailure("old", "x");
    clock.advance(Duration.ofMinutes(5));
    small.recordFailure("blocked", "x");
    small.recordFailure("blocked", "x");
    clock.advance(Duration.ofMinutes(6)); // "old" is forgotten now, "blocked" is not
    small.recordFailure("third", "x");
    small.recordFailure("fourth", "x");
    small.recordFailure("blocked", "x");
    assertThat(small.blockedFor("blocked", "y")).isPresent();
  }

  @Test
  void policyIsValidated() {
    assertThatThrownBy(
            () -> new LoginThrottle.Policy(5, 20, Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new LoginThrottle.Policy(5, 20, Duration.ofSeconds(1), Duration.ofHours(2), Duration.ofHours(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new LoginThrottle.Policy(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
